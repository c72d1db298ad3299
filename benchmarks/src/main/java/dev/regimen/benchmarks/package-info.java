/** JMH benchmarks of Regimen against the baselines a user would write instead. */
package dev.regimen.benchmarks;
