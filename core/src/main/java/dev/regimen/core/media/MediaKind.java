package dev.regimen.core.media;

/** Whether a {@link Media} is a picture or a video; follows from its media type. */
public enum MediaKind {
  /** A still picture: a photograph or a drawing ({@code image/*}). */
  IMAGE,
  /** A moving picture ({@code video/*}). */
  VIDEO
}
