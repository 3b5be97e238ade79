"""Writes the scale benchmark's keys (bench/verify/scale.sh).

Usage: scale-keys.py PEPPER_FILE ACCOUNT_ID N OUT_DIR

The keys are created now (never used), so none is near its inactivity deadline.

Generates N live keys in Keysmith's format (pay_live_ + 27 random base62 characters + their CRC32 in 6 base62
digits), each stored as the service stores it: HMAC-SHA-256 under the service's pepper (the base64 text in
<data dir>/pepper, decoded as PepperedKeyHasher does), with its hint. Writes
  OUT_DIR/api_key.tsv     the rows, for COPY api_key (...) FROM
  OUT_DIR/live-keys.txt   the first 300,000 keys (or N if fewer): scenario (a)'s working set
  OUT_DIR/unknown-keys.txt 100,000 other well-formed keys (valid checksum) nobody holds: scenario (b)
Fixed seeds, so two runs with the same N write the same keys (under their own pepper).
"""
import base64
import datetime
import hashlib
import hmac
import os
import random
import sys
import uuid
import zlib

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
PREFIX = "pay_live_"
RANDOM_LENGTH = 27
WORKING_SET = 300_000
UNKNOWN = 100_000


def checksum(random_part):
    crc = zlib.crc32(random_part.encode("ascii"))
    digits = ""
    for _ in range(6):
        digits = ALPHABET[crc % 62] + digits
        crc //= 62
    return digits


def key(rng):
    random_part = "".join(rng.choices(ALPHABET, k=RANDOM_LENGTH))
    return PREFIX + random_part + checksum(random_part)


def pepper_bytes(text):
    try:
        decoded = base64.b64decode(text, validate=True)
        if len(decoded) >= 16:
            return decoded
    except ValueError:
        pass
    return text.encode("utf-8")


def main():
    pepper_file, account_id, count, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    created = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S+00")
    with open(pepper_file) as f:
        pepper = pepper_bytes(f.read().strip())
    rng = random.Random(1_000_017)
    ids = random.Random(2_000_017)
    working_set = min(WORKING_SET, count)
    with open(os.path.join(out, "api_key.tsv"), "w", encoding="utf-8") as rows, open(
        os.path.join(out, "live-keys.txt"), "w"
    ) as live:
        for n in range(count):
            text = key(rng)
            digest = hmac.new(pepper, text.encode("utf-8"), hashlib.sha256).hexdigest()
            hint = text[: len(PREFIX) + 4] + "\u2026" + text[-4:]
            key_id = uuid.UUID(int=ids.getrandbits(128), version=4)
            # id, account_id, product_code, name, scopes, ip_allowlist, created_at, last_used_at, status,
            # secret_hash, hint
            rows.write(
                f"{key_id}\t{account_id}\tpayments\tScale key {n}\t{{read}}\t{{}}\t"
                f"{created}\t\\N\tACTIVE\t{digest}\t{hint}\n"
            )
            if n < working_set:
                live.write(text + "\n")
    unknown = random.Random(3_000_017)
    with open(os.path.join(out, "unknown-keys.txt"), "w") as f:
        for _ in range(UNKNOWN):
            f.write(key(unknown) + "\n")


if __name__ == "__main__":
    main()
