// The local Functions host: see docs/host.md. Built out by the platform issue.
return 0;
