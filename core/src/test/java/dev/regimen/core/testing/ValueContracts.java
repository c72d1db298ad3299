package dev.regimen.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Assertions of the contracts every value type of the model keeps: value-based equality, lists
 * that cannot be changed through the value, builders that copy their input and reject nulls
 * naming the attribute.
 *
 * <p>The list and builder checks find the attributes by reflection (every public method without
 * parameters that returns a {@link List}; every builder method that takes one object), so a new
 * attribute is covered without touching the tests. They reach the generated builder classes
 * reflectively and so work only inside the {@code dev.regimen.core} module, that is, in the
 * core's own tests.
 */
public final class ValueContracts {
  private ValueContracts() {}

  /**
   * Asserts that two values are equal both ways, with the same hash code and the same string.
   *
   * @param rebuilt a value rebuilt from {@code original}, such as {@code
   *     Hold.builder().from(hold).build()}
   * @param original the original value
   */
  public static void assertSameValue(Object rebuilt, Object original) {
    assertThat(rebuilt).isEqualTo(original);
    assertThat(original).isEqualTo(rebuilt);
    assertThat(rebuilt.hashCode()).isEqualTo(original.hashCode());
    assertThat(rebuilt.toString()).isEqualTo(original.toString());
  }

  /**
   * Asserts that no list the value hands out (attributes and derived lists alike) can be
   * changed: adding, removing, replacing and clearing throw {@link
   * UnsupportedOperationException}.
   *
   * @param value a model value
   * @return how many lists were checked
   */
  public static int assertListsUnmodifiable(Object value) {
    int checked = 0;
    for (Method accessor : listAccessors(modelType(value), false)) {
      @SuppressWarnings("unchecked")
      List<Object> list = (List<Object>) call(accessor, value);
      String what = accessor.getName() + "()";
      assertThat(catchThrowable(() -> list.add(null))).as(what + ".add").isInstanceOf(UnsupportedOperationException.class);
      assertThat(catchThrowable(() -> list.add(0, null))).as(what + ".add(0, ..)").isInstanceOf(UnsupportedOperationException.class);
      if (!list.isEmpty()) {
        Object first = list.get(0);
        assertThat(catchThrowable(list::clear)).as(what + ".clear").isInstanceOf(UnsupportedOperationException.class);
        assertThat(catchThrowable(() -> list.remove(0))).as(what + ".remove").isInstanceOf(UnsupportedOperationException.class);
        assertThat(catchThrowable(() -> list.set(0, first))).as(what + ".set").isInstanceOf(UnsupportedOperationException.class);
        Iterator<Object> it = list.iterator();
        it.next();
        assertThat(catchThrowable(it::remove)).as(what + ".iterator().remove").isInstanceOf(UnsupportedOperationException.class);
      }
      checked++;
    }
    return checked;
  }

  /**
   * Asserts that the value's builder copies every list it is given: the value is rebuilt with a
   * fresh copy of each list attribute, the copy is then changed, and the rebuilt value must not
   * see the change.
   *
   * @param value a model value with a static {@code builder()} and list attributes
   * @return how many list attributes were checked
   */
  public static int assertBuilderCopiesLists(Object value) {
    Class<?> type = modelType(value);
    int checked = 0;
    for (Method accessor : listAccessors(type, true)) {
      List<?> original = (List<?>) call(accessor, value);
      Object builder = newBuilderFrom(type, value);
      List<Object> input = new ArrayList<>(original);
      call(method(builder.getClass(), accessor.getName(), Iterable.class), builder, input);
      Object built = call(method(builder.getClass(), "build"), builder);
      input.clear();
      input.add(null);
      assertThat((List<?>) call(accessor, built)).as(accessor.getName()).isEqualTo(original);
      checked++;
    }
    return checked;
  }

  /**
   * Asserts that every builder method taking one object throws {@link NullPointerException} on
   * null. A method that sets one attribute or adds one element must name it in the message:
   * {@code name} for {@code name(null)}, {@code areas element} for {@code addAreas(null)}. The
   * methods that take a whole {@code Iterable}, an array, an {@code Optional} or an {@code
   * OptionalInt} throw the generated code's own NullPointerException, whose message is the JDK's
   * (it names the parameter, not the attribute), so for them only the exception is checked.
   *
   * @param builder a fresh builder, such as {@code Hold.builder()}
   * @return how many builder methods were checked
   */
  public static int assertBuilderRejectsNulls(Object builder) {
    int checked = 0;
    for (Method setter : builder.getClass().getMethods()) {
      if (setter.getParameterCount() != 1
          || setter.getDeclaringClass() == Object.class
          || setter.getName().equals("from")
          || Modifier.isStatic(setter.getModifiers())
          || setter.getParameterTypes()[0].isPrimitive()) {
        continue;
      }
      Class<?> parameter = setter.getParameterTypes()[0];
      String name = setter.getName();
      String what = builder.getClass().getSimpleName() + "." + name + "(null)";
      boolean whole =
          parameter.isArray()
              || parameter == Optional.class
              || parameter == OptionalInt.class
              || parameter == java.util.OptionalDouble.class
              || Iterable.class.isAssignableFrom(parameter);
      if (whole) {
        assertThat(catchThrowable(() -> invoke(setter, builder, (Object) null)))
            .as(what)
            .isInstanceOf(NullPointerException.class);
      } else {
        String expected =
            name.startsWith("add") && Character.isUpperCase(name.charAt(3))
                ? name.substring(3, 4).toLowerCase(Locale.ROOT) + name.substring(4) + " element"
                : name;
        assertThat(catchThrowable(() -> invoke(setter, builder, (Object) null)))
            .as(what)
            .isInstanceOf(NullPointerException.class)
            .hasMessage(expected);
      }
      checked++;
    }
    assertThat(checked).as("builder methods checked").isPositive();
    return checked;
  }

  /** The public abstract model type of a value (the generated class extends it). */
  private static Class<?> modelType(Object value) {
    Class<?> type = value.getClass();
    while (!Modifier.isPublic(type.getModifiers())) {
      type = type.getSuperclass();
    }
    return type;
  }

  private static List<Method> listAccessors(Class<?> type, boolean attributesOnly) {
    List<Method> accessors = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0
          && List.class.isAssignableFrom(m.getReturnType())
          && !Modifier.isStatic(m.getModifiers())
          && (!attributesOnly || Modifier.isAbstract(m.getModifiers()))) {
        accessors.add(m);
      }
    }
    return accessors;
  }

  private static Object newBuilderFrom(Class<?> type, Object value) {
    Object builder = call(method(type, "builder"), null);
    return call(method(builder.getClass(), "from", type), builder, value);
  }

  private static Method method(Class<?> type, String name, Class<?>... parameters) {
    try {
      Method m = type.getMethod(name, parameters);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getName() + " has no method " + name, e);
    }
  }

  private static Object call(Method m, Object target, Object... arguments) {
    try {
      return invoke(m, target, arguments);
    } catch (RuntimeException e) {
      throw new AssertionError(m + " threw " + e, e);
    }
  }

  /** Invokes {@code m}, rethrowing what it throws as is. */
  private static Object invoke(Method m, Object target, Object... arguments) {
    try {
      m.setAccessible(true);
      return m.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError(m + " threw " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError("cannot call " + m, e);
    }
  }
}
