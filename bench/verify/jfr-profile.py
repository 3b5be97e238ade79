#!/usr/bin/env python3
"""Summarises a JFR recording of one wrk scenario: bytes allocated per request, CPU-sample shares, hot frames.

Usage: jfr-profile.py <recording.jfr> <requests served during it>

- allocated/request: the growth of every thread's allocation counter (jdk.ThreadAllocationStatistics, written at
  the start and end of the recording by the `profile` settings) divided by the requests; exact for threads that
  live through the recording, as the event loops and workers do.
- CPU samples (jdk.ExecutionSample): each sample counted once, for the group of the frame nearest the top of its
  stack that belongs to a group (so a JDK method counts for the code that called it, and the router's handler chain,
  deep in every stack, only for what no other group claims); and the methods most often on top of the stack (self).
- allocation sites (jdk.ObjectAllocationSample, weighted by the bytes each sample stands for): the first frame
  outside java.*/jdk.*/sun.* of each sample, the code that asked for the memory.
"""
import collections
import json
import subprocess
import sys

GROUPS = [
    ("REST path mapping", ("org.jboss.resteasy.reactive.server.mapping.",
                           "io.quarkus.resteasy.reactive.server.runtime.observability.")),
    ("context propagation", ("io.smallrye.context.",)),
    ("exceptions", ("java.lang.Throwable.",)),
    ("Keysmith (dev.keysmith)", ("dev.keysmith.",)),
    ("access log / logging", ("org.jboss.logmanager.", "org.jboss.logging.", "io.quarkus.runtime.logging.")),
    ("request id (UUID, SecureRandom)", ("java.util.UUID.", "sun.security.provider.", "java.security.SecureRandom.")),
    ("token authentication", ("io.quarkus.security.", "io.quarkus.smallrye.jwt.", "io.smallrye.jwt.",
                              "io.quarkus.vertx.http.runtime.security.")),
    ("Jackson", ("com.fasterxml.jackson.",)),
    ("Micrometer", ("io.micrometer.", "io.quarkus.micrometer.")),
    ("Quarkus REST", ("org.jboss.resteasy.reactive.", "io.quarkus.resteasy.reactive.")),
    ("Vert.x web router", ("io.vertx.ext.web.",)),
    ("Netty / Vert.x core (I/O)", ("io.netty.", "io.vertx.core.")),
    ("Bean Validation", ("org.hibernate.validator.",)),
    ("regex", ("java.util.regex.",)),
]


def events(path, name, depth):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", str(depth), "--events", name, path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def frames(event):
    trace = event["values"].get("stackTrace") or {}
    for frame in trace.get("frames") or []:
        method = frame["method"]
        yield (method["type"]["name"] + "." + method["name"]).replace("/", ".")


def main():
    path, requests = sys.argv[1], int(sys.argv[2])
    first, last = {}, {}
    for e in events(path, "jdk.ThreadAllocationStatistics", 1):
        thread = (e["values"].get("thread") or {}).get("javaThreadId") or e["values"]["thread"]["osThreadId"]
        first.setdefault(thread, e["values"]["allocated"])
        last[thread] = e["values"]["allocated"]
    allocated = sum(last[t] - first[t] for t in first)
    print(f"  allocated {allocated / max(requests, 1):,.0f} bytes/request ({allocated / 1e6:,.0f} MB for {requests:,} requests)")

    samples = events(path, "jdk.ExecutionSample", 96)
    total = max(len(samples), 1)
    inclusive, top = collections.Counter(), collections.Counter()
    for e in samples:
        stack = list(frames(e))
        if stack:
            top[stack[0]] += 1
        inclusive[next((label for f in stack for label, prefixes in GROUPS if f.startswith(prefixes)), "other")] += 1
    print(f"  CPU samples: {len(samples)}; by group: "
          + ", ".join(f"{label} {inclusive[label] * 100 / total:.1f} %" for label in [g for g, _ in GROUPS] + ["other"] if inclusive[label]))
    print("  hottest methods (self): "
          + ", ".join(f"{name} {count * 100 / total:.1f} %" for name, count in top.most_common(8)))

    sites, weight = collections.Counter(), 0
    for e in events(path, "jdk.ObjectAllocationSample", 32):
        w = e["values"].get("weight", 0)
        weight += w
        stack = list(frames(e))
        site = next((f for f in stack if not f.startswith(("java.", "jdk.", "sun."))), stack[0] if stack else "?")
        sites[site + " <- " + e["values"]["objectClass"]["name"]] += w
    print("  allocation sites (share of sampled bytes): "
          + "; ".join(f"{s} {w * 100 / max(weight, 1):.1f} %" for s, w in sites.most_common(8)))


main()
