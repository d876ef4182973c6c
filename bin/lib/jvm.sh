# JVM defaults for one node (sourced by bin/run and benchmarks/startup.sh; JAVA_OPTS is appended after
# them, so any of these can be overridden). Issue #25, figures in docs/benchmarks.md:
#  - Serial GC: one node on a few cores; no G1 remembered sets / concurrent threads, smaller native
#    footprint, young pauses of a few ms at these heap sizes;
#  - a small initial heap (-Xms64m) that grows with load instead of 1/64 of the host's RAM committed and
#    touched at start, and a bounded maximum (-Xmx2g; raise it with JAVA_OPTS for big deployments);
#    the serial collector grows the old generation as objects are promoted and resizes it to the
#    Min/MaxHeapFreeRatio band only at a full collection, so the band and -XX:-ShrinkHeapInSteps act
#    on the one the server runs once start-up is done (StartupHeapCompaction): the start-up garbage's
#    pages go back to the OS at once (heap 117 -> 80 MiB committed) instead of staying committed;
#  - smaller thread stacks for the platform threads (virtual threads are not affected);
#  - a young generation capped at 32 MiB: with the serial collector it otherwise grows to a third of
#    the heap, so every MiB of live data (idle sockets, caches) costs another half MiB of eden;
#  - native-heap trimming every 5 s: glibc keeps freed C-heap (JIT compiler arenas, Netty, zlib) until
#    asked, which is most of what a load leaves behind once it is over.
app_jvm_defaults() {
  printf '%s' "-XX:+UseSerialGC -Xms64m -Xmx2g -XX:MaxNewSize=32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:-ShrinkHeapInSteps -Xss512k -XX:TrimNativeHeapInterval=5000"
}

# Class-data sharing: the JVM writes an archive of the loaded classes at the first exit and maps it
# at later starts; it rebuilds it when the jar changes. $1 = the data directory.
app_cds_opts() {
  printf '%s' "-XX:SharedArchiveFile=$1/app-cds.jsa -XX:+AutoCreateSharedArchive"
}

# Environment for the JVM (printed as NAME=value words for `env`): two glibc malloc arenas instead of
# eight per core, so the JVM's threads do not each keep a partly used arena of their own.
app_jvm_env() {
  printf '%s' "MALLOC_ARENA_MAX=2"
}
