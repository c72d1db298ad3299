package dev.regimen.formats.json;

import dev.regimen.core.screening.ScreeningReport;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link ScreeningReport}: what was known of the person, every entry's screening,
 * the advisories that apply and the others, the personalised protocol (absent when every entry is
 * to be avoided) and what the screening could not judge.
 */
final class ScreeningReportCodec {
  static final String PROTOCOL_ID = "protocolId";
  static final String PROTOCOL_NAME = "protocolName";
  static final String V1_PROTOCOL_TITLE = "protocolTitle";
  static final String PROFILE = "profile";
  static final String ENTRIES = "entries";
  static final String ADVISORIES = "advisories";
  static final String OTHER_ADVISORIES = "otherAdvisories";
  static final String PERSONALISED = "personalised";
  static final String UNKNOWN_CONDITION_IDS = "unknownConditionIds";
  static final String UNMATCHED_FINDING_IDS = "unmatchedFindingIds";
  static final String PROTOCOL_CAUTIONS = "protocolCautions";

  static final Fields FIELDS =
      Fields.of(
          PROTOCOL_ID,
          PROTOCOL_NAME,
          PROFILE,
          ENTRIES,
          ADVISORIES,
          OTHER_ADVISORIES,
          PERSONALISED,
          UNKNOWN_CONDITION_IDS,
          UNMATCHED_FINDING_IDS,
          PROTOCOL_CAUTIONS);
  static final Fields FIELDS_V1 =
      FIELDS.earlier(List.of(PROTOCOL_NAME, V1_PROTOCOL_TITLE), List.of(PROTOCOL_CAUTIONS));
  private static final int REQUIRED = FIELDS.mask(PROTOCOL_ID, PROTOCOL_NAME, PROFILE, ENTRIES);

  private ScreeningReportCodec() {}

  static void write(JsonGenerator g, ScreeningReport report) {
    g.writeStartObject();
    g.writeStringProperty(PROTOCOL_ID, report.protocolId());
    g.writeStringProperty(PROTOCOL_NAME, report.protocolName());
    g.writeName(PROFILE);
    PatientProfileCodec.write(g, report.profile());
    JsonOut.list(g, ENTRIES, report.entries(), EntryScreeningCodec::write);
    JsonOut.list(g, ADVISORIES, report.advisories(), ApplicableAdvisoryCodec::write);
    JsonOut.list(g, OTHER_ADVISORIES, report.otherAdvisories(), AdvisoryCodec::write);
    if (report.personalised().isPresent()) {
      g.writeName(PERSONALISED);
      ProtocolCodec.write(g, report.personalised().get());
    }
    JsonOut.strings(g, UNKNOWN_CONDITION_IDS, report.unknownConditionIds());
    JsonOut.strings(g, UNMATCHED_FINDING_IDS, report.unmatchedFindingIds());
    JsonOut.list(g, PROTOCOL_CAUTIONS, report.protocolCautions(), CautionCodec::write);
    g.writeEndObject();
  }

  static ScreeningReport read(JsonIn in) {
    Object mark = in.beginObject();
    ScreeningReport.Builder b = ScreeningReport.builder();
    int seen = 0;
    Fields fields = in.v1() ? FIELDS_V1 : FIELDS;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(fields, name, seen);
      switch (fields.canonical(name)) {
        case PROTOCOL_ID:
          b.protocolId(in.next().string());
          break;
        case PROTOCOL_NAME:
          b.protocolName(in.next().string());
          break;
        case PROFILE:
          b.profile(PatientProfileCodec.read(in.next()));
          break;
        case ENTRIES:
          in.next().array(() -> b.addEntries(EntryScreeningCodec.read(in)));
          break;
        case ADVISORIES:
          in.next().array(() -> b.addAdvisories(ApplicableAdvisoryCodec.read(in)));
          break;
        case OTHER_ADVISORIES:
          in.next().array(() -> b.addOtherAdvisories(AdvisoryCodec.read(in)));
          break;
        case PERSONALISED:
          b.personalised(ProtocolCodec.read(in.next()));
          break;
        case UNKNOWN_CONDITION_IDS:
          in.next().array(() -> b.addUnknownConditionIds(in.string()));
          break;
        case UNMATCHED_FINDING_IDS:
          in.next().array(() -> b.addUnmatchedFindingIds(in.string()));
          break;
        case PROTOCOL_CAUTIONS:
          in.next().array(() -> b.addProtocolCautions(CautionCodec.read(in)));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(fields, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
