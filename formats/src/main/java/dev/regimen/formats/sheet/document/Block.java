package dev.regimen.formats.sheet.document;

/**
 * A block of a sheet: a {@link Section}, an {@link ExerciseSection}, a {@link Subheading}, a
 * {@link Paragraph}, a {@link DoseLine}, an {@link ItemList}, a {@link Quotation}, {@link
 * Pictures} or the {@link TrackingGrid}.
 */
public sealed interface Block
    permits Section,
        ExerciseSection,
        Subheading,
        Paragraph,
        DoseLine,
        ItemList,
        Quotation,
        Pictures,
        TrackingGrid {}
