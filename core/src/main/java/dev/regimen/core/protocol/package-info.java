/**
 * Protocols: {@link dev.regimen.core.protocol.Protocol}, its {@link
 * dev.regimen.core.protocol.ProtocolEntry}s and {@link dev.regimen.core.protocol.Recommendation}s.
 * Above {@code exercise}, {@code condition} and {@code safety}; below {@code screening}, {@code
 * session} and {@code catalog}.
 */
@RegimenStyle
package dev.regimen.core.protocol;

import dev.regimen.core.internal.RegimenStyle;
