package dev.regimen.pdf;

import java.util.Optional;

/** The resolver that has no picture at all: {@link ImageResolver#none()}. */
enum NoImages implements ImageResolver {
  INSTANCE;

  @Override
  public Optional<byte[]> resolve(String uri) {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "ImageResolver.none()";
  }
}
