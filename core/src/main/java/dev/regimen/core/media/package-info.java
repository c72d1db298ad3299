/**
 * Pictures and videos of exercises and their steps: {@link dev.regimen.core.media.Media}, with
 * their alt text, role and media type. A bottom floor: it uses no other model package.
 */
@RegimenStyle
package dev.regimen.core.media;

import dev.regimen.core.internal.RegimenStyle;
