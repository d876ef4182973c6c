# JVM defaults for one node (sourced by bin/run and benchmarks/startup.sh; JAVA_OPTS is appended after
# them, so any of these can be overridden). Issue #25, figures in docs/benchmarks.md:
#  - Serial GC: one node on a few cores; no G1 remembered sets / concurrent threads, smaller native
#    footprint, young pauses of a few ms at these heap sizes;
#  - a small initial heap (-Xms64m) that grows with load instead of 1/64 of the host's RAM committed and
#    touched at start, and a bounded maximum (-Xmx2g; raise it with JAVA_OPTS for big deployments);
#    MinHeapFreeRatio keeps head-room once grown, so the heap does not shrink back under load;
#  - smaller thread stacks for the platform threads (virtual threads are not affected).
app_jvm_defaults() {
  printf '%s' "-XX:+UseSerialGC -Xms64m -Xmx2g -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=70 -Xss512k"
}
