package dev.regimen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageResolverTest {
  private static final byte[] BYTES = {1, 2, 3};

  @Test
  void noneHasNoPicture() throws IOException {
    assertThat(ImageResolver.none().resolve("a.png")).isEmpty();
    assertThat(ImageResolver.none()).isSameAs(ImageResolver.none());
  }

  @Test
  void aMapResolverKeepsACopy() throws IOException {
    Map<String, byte[]> pictures = new HashMap<>();
    byte[] bytes = BYTES.clone();
    pictures.put("a.png", bytes);
    ImageResolver resolver = ImageResolver.of(pictures);
    bytes[0] = 9;
    pictures.put("b.png", BYTES);

    assertThat(resolver.resolve("a.png")).hasValueSatisfying(found -> assertThat(found).containsExactly(1, 2, 3));
    assertThat(resolver.resolve("b.png")).isEmpty();
    resolver.resolve("a.png").get()[0] = 7;
    assertThat(resolver.resolve("a.png").get()[0]).isEqualTo((byte) 1);
  }

  @Test
  void aMapResolverRefusesNulls() {
    Map<String, byte[]> pictures = new HashMap<>();
    pictures.put("a.png", null);
    assertThatThrownBy(() -> ImageResolver.of(pictures))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("images: the picture at a.png");
  }

  @Test
  void aDirectoryResolverReadsRelativeAddressesUnderItsDirectory(@TempDir Path root)
      throws IOException {
    Files.createDirectories(root.resolve("pictures"));
    Files.write(root.resolve("pictures/knee chest.png"), BYTES);
    ImageResolver resolver = ImageResolver.directory(root);

    assertThat(resolver.resolve("pictures/knee%20chest.png")).hasValueSatisfying(b -> assertThat(b).containsExactly(BYTES));
    assertThat(resolver.resolve("./pictures/../pictures/knee%20chest.png")).isPresent();
    assertThat(resolver.resolve("pictures/other.png")).isEmpty();
    assertThat(resolver.resolve("pictures")).isEmpty();
  }

  @Test
  void aDirectoryResolverHasNothingOutsideItsDirectory(@TempDir Path folder) throws IOException {
    Path root = Files.createDirectories(folder.resolve("root"));
    Path outside = Files.write(folder.resolve("secret.png"), BYTES);
    Files.createSymbolicLink(root.resolve("link.png"), outside);
    ImageResolver resolver = ImageResolver.directory(root);

    assertThat(resolver.resolve("../secret.png")).isEmpty();
    assertThat(resolver.resolve(outside.toString())).isEmpty();
    assertThat(resolver.resolve(outside.toUri().toString())).isEmpty();
    assertThat(resolver.resolve("//host/secret.png")).isEmpty();
    assertThat(resolver.resolve("link.png")).isEmpty();
    assertThat(resolver.resolve("https://clinic.example/secret.png")).isEmpty();
    assertThat(resolver.resolve("secret.png?x=1")).isEmpty();
    assertThat(resolver.resolve("not a uri %")).isEmpty();
  }
}
