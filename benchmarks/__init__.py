"""Speed and memory benchmarks, each against a named reference measured in the same run."""
