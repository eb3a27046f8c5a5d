/** JMH benchmarks of the policy engines; results are recorded in bench/RESULTS.md. */
package io.moltr.bench;
