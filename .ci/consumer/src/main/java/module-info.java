/** A program that uses Regimen as a library, as a module of its own. */
module dev.regimen.consumer {
  requires dev.regimen.formats;
}
