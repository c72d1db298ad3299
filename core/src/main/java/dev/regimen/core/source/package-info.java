/**
 * Where content comes from: {@link dev.regimen.core.source.Source}, the {@link
 * dev.regimen.core.source.Person}s it cites and their {@link dev.regimen.core.source.Quote}s. A
 * bottom floor: it uses no other model package.
 */
@RegimenStyle
package dev.regimen.core.source;

import dev.regimen.core.internal.RegimenStyle;
