package dev.regimen.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;

/**
 * Checks every text of a resource tree against FHIR's rules for strings ({@link Texts#check}) and
 * codes ({@link Texts#checkCode}),
 * naming the element as a FHIRPath-like location such as {@code
 * Bundle.entry[1].resource.title}.
 */
final class TextCheck {
  private TextCheck() {}

  static void check(Resource resource) {
    walk(resource.fhirType(), resource);
  }

  private static void walkAll(String path, List<? extends Base> values) {
    for (int i = 0; i < values.size(); i++) {
      walk(path + "[" + i + "]", values.get(i));
    }
  }

  private static void walk(String path, Base base) {
    if (base.isPrimitive()) {
      String value = base.primitiveValue();
      if (value != null) {
        Texts.check(path, value);
        if (base instanceof CodeType) {
          Texts.checkCode(path, value);
        }
      }
      return;
    }
    List<Property> children = base.children();
    if (base instanceof DomainResource && children.stream().noneMatch(c -> c.getName().equals("extension"))) {
      // HAPI's R4 MetadataResource (PlanDefinition, ActivityDefinition, ...) lists its own
      // elements only, not those of DomainResource: walk the extensions too
      DomainResource resource = (DomainResource) base;
      walkAll(path + ".extension", resource.getExtension());
      walkAll(path + ".modifierExtension", resource.getModifierExtension());
    }
    for (Property property : children) {
      int n = property.getValues().size();
      for (int i = 0; i < n; i++) {
        Base value = property.getValues().get(i);
        String at = path + "." + property.getName() + (property.getMaxCardinality() > 1 ? "[" + i + "]" : "");
        if (value != null) {
          walk(at, value);
        }
      }
    }
  }
}
