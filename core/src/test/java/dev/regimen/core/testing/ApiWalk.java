package dev.regimen.core.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks everything a value hands out through its public API: every public method without
 * parameters of a public Regimen type (attributes and derived values alike), into the elements of
 * collections, the values of maps and the contents of optionals, depth first, methods by name.
 * Builders and the {@code toString}, {@code hashCode} and {@code builder} methods are left out.
 * What a method hands out is seen by a {@link Visitor} with its path, such as {@code
 * entries()[1].exercise().steps()[0].text()}.
 *
 * <p>Works on the public API only, so it serves any module's tests.
 */
public final class ApiWalk {
  /** Sees each value the walk reaches. */
  public interface Visitor {
    /**
     * Sees one value.
     *
     * @param path how it was reached from the root
     * @param value the value, never null
     */
    void value(String path, Object value);

    /**
     * Sees one method that hands out an array, called twice.
     *
     * @param path how it was reached
     * @param owner the object whose method it is
     * @param method the method
     */
    default void array(String path, Object owner, Method method) {}
  }

  private static final Set<String> SKIPPED = Set.of("toString", "hashCode", "builder", "toBuilder", "getClass");
  private static final int MAX_DEPTH = 12;

  private final Visitor visitor;
  private final Map<Object, Boolean> seen = new IdentityHashMap<>();

  private ApiWalk(Visitor visitor) {
    this.visitor = visitor;
  }

  /**
   * Walks a value.
   *
   * @param root the value
   * @param visitor what sees each value reached
   */
  public static void walk(Object root, Visitor visitor) {
    new ApiWalk(visitor).visit("", root, 0);
  }

  /**
   * Every text a value hands out, anywhere in it.
   *
   * @param root the value
   * @return the texts, in the order the walk reaches them
   */
  public static List<String> texts(Object root) {
    List<String> texts = new ArrayList<>();
    walk(
        root,
        (path, value) -> {
          if (value instanceof String) {
            texts.add((String) value);
          }
        });
    return texts;
  }

  /** {@return whether a type is one of Regimen's own, public} */
  public static boolean isRegimenType(Class<?> type) {
    return type.getName().startsWith("dev.regimen.") && Modifier.isPublic(type.getModifiers());
  }

  /** {@return the public Regimen type of a value: the first public class up its hierarchy} */
  public static Class<?> publicType(Object value) {
    Class<?> type = value.getClass();
    while (type != null && !Modifier.isPublic(type.getModifiers())) {
      type = type.getSuperclass();
    }
    return type;
  }

  private void visit(String path, Object value, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    visitor.value(path, value);
    boolean walkable =
        value instanceof Collection || value instanceof Map || value instanceof Optional
            || (isRegimenType(publicType(value)) && !(value instanceof Enum));
    if (!walkable || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Collection) {
      int i = 0;
      for (Object element : (Collection<?>) value) {
        visit(path + "[" + i++ + "]", element, depth + 1);
      }
    } else if (value instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        visit(path + "[" + entry.getKey() + "]", entry.getValue(), depth + 1);
      }
    } else if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(content -> visit(path + ".get()", content, depth + 1));
    } else {
      for (Method method : accessors(publicType(value))) {
        String at = (path.isEmpty() ? "" : path + ".") + method.getName() + "()";
        if (method.getReturnType().isArray()) {
          visitor.array(at, value, method);
          continue;
        }
        visit(at, call(method, value), depth + 1);
      }
    }
  }

  private static List<Method> accessors(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getReturnType() != void.class
          && isRegimenType(m.getDeclaringClass())
          && !SKIPPED.contains(m.getName())
          && !m.getReturnType().getSimpleName().endsWith("Builder")) {
        accessors.add(m);
      }
    }
    accessors.sort(Comparator.comparing(Method::getName));
    return accessors;
  }

  /**
   * Calls a public method without arguments.
   *
   * @param method the method
   * @param target the object
   * @return what it returns
   */
  public static Object call(Method method, Object target) {
    try {
      return method.invoke(target);
    } catch (InvocationTargetException e) {
      throw new AssertionError(method + " threw " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(method + " cannot be called", e);
    }
  }
}
