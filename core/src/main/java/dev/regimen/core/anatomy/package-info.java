/**
 * The spine and the body: {@link dev.regimen.core.anatomy.SpinalRegion}, {@link
 * dev.regimen.core.anatomy.Vertebra}, {@link dev.regimen.core.anatomy.SpinalSegment} and {@link
 * dev.regimen.core.anatomy.BodyArea}. The lowest floor of the model.
 */
@RegimenStyle
package dev.regimen.core.anatomy;

import dev.regimen.core.internal.RegimenStyle;
