package dev.regimen.formats.sheet.document;

/** The end of a line inside a block: the block goes on on the next line. */
public record LineBreak() implements Inline {}
