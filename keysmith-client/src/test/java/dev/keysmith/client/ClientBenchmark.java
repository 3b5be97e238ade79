package dev.keysmith.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a product backend using the client sees (bench/verify/run.sh): N threads verify one key for a while through
 * one shared {@link KeysmithClient}; prints verifications per second, the share answered from the cache, and the
 * latency percentiles the listener saw. The credentials and the key come from the environment, never arguments.
 *
 * <p>Arguments: base URL, product, threads, seconds, max age in milliseconds (0: no cache); environment:
 * BENCH_CLIENT_ID, BENCH_CLIENT_SECRET, BENCH_KEY.
 */
public final class ClientBenchmark {

    private ClientBenchmark() {}

    public static void main(String[] args) throws InterruptedException {
        URI base = URI.create(args[0]);
        String product = args[1];
        int threads = Integer.parseInt(args[2]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[3]));
        Duration maxAge = Duration.ofMillis(Long.parseLong(args[4]));
        String key = System.getenv("BENCH_KEY");
        LongAdder verifications = new LongAdder();
        LongAdder hits = new LongAdder();
        LongAdder failures = new LongAdder();
        List<long[]> samples = new ArrayList<>();
        ThreadLocal<long[]> mine = new ThreadLocal<>();
        KeysmithClient client = KeysmithClient.builder(
                        base, System.getenv("BENCH_CLIENT_ID"), System.getenv("BENCH_CLIENT_SECRET"))
                .maxAge(maxAge)
                // The token grant checks the client secret (a slow hash), which takes long on a loaded machine.
                .timeout(Duration.ofSeconds(30))
                .listener(new VerificationListener() {
                    @Override
                    public void verified(String code, boolean cacheHit, Duration latency) {
                        verifications.increment();
                        if (cacheHit) {
                            hits.increment();
                        }
                        long[] sample = mine.get();
                        if (sample != null) { // null on the main thread's first call
                            // Every latency into a ring of 2^16 per thread: enough for percentiles, bounded in memory.
                            sample[(int) (sample[0]++ & 0xFFFF) + 1] = latency.toNanos();
                        }
                    }

                    @Override
                    public void failed(KeysmithClientException error, Duration latency) {
                        failures.increment();
                    }
                })
                .build();
        client.verify(key, product); // the token, and a connection
        verifications.reset();
        hits.reset();

        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            long[] sample = new long[0x10000 + 1];
            synchronized (samples) {
                samples.add(sample);
            }
            startCaller(sample, mine, client, key, product, running, done);
        }
        long started = System.nanoTime();
        Thread.sleep(duration.toMillis());
        running.set(false);
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;

        long[] latencies = samples.stream()
                .flatMapToLong(s -> Arrays.stream(s, 1, (int) Math.min(s[0], 0x10000) + 1))
                .sorted()
                .toArray();
        System.out.printf(
                "%.0f verifications/s   p50 %6.3f ms   p99 %6.3f ms   cache hits %.1f %%%s%n",
                verifications.sum() / seconds,
                percentile(latencies, 0.50),
                percentile(latencies, 0.99),
                100.0 * hits.sum() / Math.max(1, verifications.sum()),
                failures.sum() == 0 ? "" : "   failures " + failures.sum());
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)] / 1e6;
    }

    /** One caller thread: verifies until told to stop. */
    private static void startCaller(
            long[] sample,
            ThreadLocal<long[]> mine,
            KeysmithClient client,
            String key,
            String product,
            AtomicBoolean running,
            CountDownLatch done) {
        Thread caller = new Thread(() -> {
            mine.set(sample);
            try {
                while (running.get()) {
                    try {
                        client.verify(key, product);
                    } catch (KeysmithClientException counted) {
                        // counted by the listener
                    }
                }
            } finally {
                done.countDown();
            }
        });
        caller.setDaemon(true);
        caller.start();
    }
}
