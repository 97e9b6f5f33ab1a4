#!/usr/bin/env python3
"""Helpers of scripts/demo.sh (standard library only, so a fresh machine needs nothing more):

  demo.py key HOST_ID            prints the host's default function key, read from the blob
                                 azure-webjobs-secrets/HOST_ID/host.json on Azurite (where the
                                 local host keeps keys, as the Functions host does)
  demo.py watch URL KEY SECONDS  polls GET URL (the night's overview) and prints each service's
                                 state as it changes; exits 0 when every service has ended,
                                 1 when SECONDS pass first
"""
import base64, datetime, hashlib, hmac, json, sys, time, urllib.error, urllib.request

# Azurite's well-known development account (UseDevelopmentStorage=true); not a secret.
ACCOUNT = "devstoreaccount1"
ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
BLOB = "http://127.0.0.1:10000/" + ACCOUNT
# The newest x-ms-version Azurite 3.37 accepts is later; any accepted one does for a plain GET.
VERSION = "2021-08-06"
ENDED = {"Succeeded", "Failed", "Skipped", "TimedOut", "Cancelled", "NotScheduled"}


def read_blob(container, name):
    # Shared Key by hand: the standard library has no Azure SDK, and this is one GET.
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")
    headers = {"x-ms-date": date, "x-ms-version": VERSION}
    canonical_headers = "".join(f"{k}:{headers[k]}\n" for k in sorted(headers))
    resource = f"/{ACCOUNT}/{ACCOUNT}/{container}/{name}"
    to_sign = "GET\n" + "\n" * 11 + canonical_headers + resource
    signature = base64.b64encode(hmac.new(base64.b64decode(ACCOUNT_KEY), to_sign.encode(), hashlib.sha256).digest()).decode()
    request = urllib.request.Request(f"{BLOB}/{container}/{name}", headers={**headers, "Authorization": f"SharedKey {ACCOUNT}:{signature}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read()


def key(host_id):
    secrets = json.loads(read_blob("azure-webjobs-secrets", f"{host_id}/host.json"))
    print(secrets["functionKeys"][0]["value"])


def size(n):
    n = n or 0
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


def describe(service):
    status = service.get("status") or {}
    state = service.get("state") or status.get("state") or "?"
    text = f"{service['service']:<13} {state}"
    if status.get("reason"):
        text += f": {status['reason']}"
    if state == "Succeeded":
        text += f" (snapshot {(status.get('snapshotId') or '?')[:8]}, {size(status.get('bytesRead'))} read, {size(status.get('bytesStored'))} stored)"
    return state, text


def watch(url, api_key, seconds):
    started = time.monotonic()
    deadline = started + seconds
    seen, windows_seen, waiting_said = {}, {}, False
    while time.monotonic() < deadline:
        try:
            request = urllib.request.Request(url, headers={"x-functions-key": api_key})
            with urllib.request.urlopen(request, timeout=10) as response:
                night = json.loads(response.read())
        except urllib.error.HTTPError as e:
            if e.code != 404:
                print(f"  GET {url}: HTTP {e.code}", flush=True)
            elif not waiting_said:
                print("  (no night yet: waiting for the first window's timer)", flush=True)
                waiting_said = True
            time.sleep(1)
            continue
        except (urllib.error.URLError, OSError) as e:
            print(f"  GET {url}: {e}", flush=True)
            time.sleep(2)
            continue
        stamp = f"[{time.monotonic() - started:5.0f}s]"
        for window in night.get("windows", []):
            if windows_seen.get(window["name"]) != window["status"]:
                windows_seen[window["name"]] = window["status"]
                print(f"{stamp} window {window['name']}: {window['status']}", flush=True)
        services = night.get("services", [])
        for service in services:
            state, text = describe(service)
            if seen.get(service["service"]) != text:
                seen[service["service"]] = text
                running = sum(1 for s in services if describe(s)[0] == "Running")
                print(f"{stamp} {text}" + (f"   [{running} running]" if state == "Running" else ""), flush=True)
        if services and all(describe(s)[0] in ENDED for s in services) and len(windows_seen) == len(night.get("windows", [])) > 0:
            counts = ", ".join(f"{n} {k}" for k, n in sorted(night.get("counts", {}).items()) if n)
            print(f"{stamp} the night of {night['day']} is done: {counts}", flush=True)
            return 0
        time.sleep(0.3)
    print(f"the night did not end within {seconds} s; it goes on in the host (see its log).", flush=True)
    return 1


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "key":
        key(sys.argv[2])
    elif len(sys.argv) == 5 and sys.argv[1] == "watch":
        sys.exit(watch(sys.argv[2], sys.argv[3], int(sys.argv[4])))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
