package org.a6gateway.cli;

/**
 * One measured stage of the bench: wall time, records handled, records per second, the highest
 * heap occupancy sampled during it, and its time as a multiple of the floor (fetch and parse only).
 */
record BenchStage(String name, double seconds, long records, double recordsPerSecond, long peakHeapMb, double ratioToFloor) {

    static BenchStage of(String name, double seconds, long records, long peakHeapBytes, double floorSeconds) {
        return new BenchStage(name, round(seconds), records, round(seconds > 0 ? records / seconds : 0),
                peakHeapBytes / (1024 * 1024), floorSeconds > 0 ? round(seconds / floorSeconds) : 0);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
