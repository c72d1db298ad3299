package dev.regimen.formats.sheet.document;

/**
 * A block of a sheet: a {@link Section}, an {@link ExerciseSection}, a {@link Subheading}, a
 * {@link Paragraph}, a {@link DoseLine}, an {@link ItemList}, a {@link Quotation}, {@link
 * Pictures}, the {@link TrackingGrid}, the {@link PersonalDetails} of the person the sheet is for
 * or a {@link QrLink}.
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
        TrackingGrid,
        PersonalDetails,
        QrLink {}
