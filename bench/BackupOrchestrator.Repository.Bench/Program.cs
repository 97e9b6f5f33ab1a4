// Benchmark entry point; see bench/README.md.
return 0;
