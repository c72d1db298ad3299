/** Implementation support shared by the model packages; not exported, not API. */
package dev.regimen.core.internal;
