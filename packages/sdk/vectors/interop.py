"""Interop peer for packages/sdk/src/axon/interop.test.ts: the real Python Bittensor axon and dendrite.

Needs a Python with `bittensor==10.2.0` (see README.md here); the test runs only when the environment
variable BT_PYTHON names such an interpreter.

  python interop.py axon PORT            serve Compute, the streaming Tokens (and the built-in Synapse ping)
                                         as //Bob on PORT;
                                         prints {"ready": true, ...}; stops when stdin closes
  python interop.py dendrite IP PORT HOTKEY
                                         as //Alice, query a (Tensorium) axon: Compute, a wrongly
                                         addressed request, a ping and the streaming Tokens; prints one
                                         JSON line
"""
import asyncio
import json
import socket
import sys
import time
from typing import ClassVar, Optional

import bittensor.utils.networking as networking

networking.get_external_ip = lambda: "127.0.0.1"  # no network here: skip the public-IP probes

import bittensor as bt  # noqa: E402
from bittensor_wallet import Keypair  # noqa: E402


class Compute(bt.Synapse):
    prompt: str
    weights: list[float]
    k: int
    meta: dict = {}
    flag: bool = False
    answer: Optional[str] = None
    scores: Optional[list[float]] = None

    required_hash_fields: ClassVar[tuple[str, ...]] = ("prompt", "weights", "k", "meta", "flag")


class Tokens(bt.StreamingSynapse):
    n: int
    required_hash_fields: ClassVar[tuple[str, ...]] = ("n",)

    async def process_streaming_response(self, response):
        async for chunk in response.content.iter_any():
            yield chunk.decode()

    def extract_response_json(self, response) -> dict:
        # what the dendrite rebuilds the final synapse from (the stream tutorial reads headers here)
        return {"n": self.n}


class _Wallet:
    def __init__(self, kp):
        self.hotkey = kp
        self.coldkeypub = kp


def run_axon(port: int) -> None:
    kp = Keypair.create_from_uri("//Bob")

    def forward(synapse: Compute) -> Compute:
        synapse.answer = synapse.prompt.upper()
        synapse.scores = [w * synapse.k for w in synapse.weights]
        return synapse

    def stream(synapse: Tokens) -> Tokens.BTStreamingResponse:
        async def tokens(send):
            for i in range(synapse.n):
                await send({"type": "http.response.body", "body": f"tok{i} ".encode(), "more_body": True})

        return synapse.create_streaming_response(tokens)

    axon = bt.Axon(wallet=_Wallet(kp), port=port, ip="127.0.0.1", external_ip="127.0.0.1")
    axon.attach(forward_fn=forward)
    axon.attach(forward_fn=stream)
    axon.start()
    for _ in range(500):  # uvicorn starts in a thread: wait until it accepts connections
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.02)
    print(json.dumps({"ready": True, "hotkey": kp.ss58_address}), flush=True)
    sys.stdin.read()
    axon.stop()


def summary(s):
    return {
        "status_code": s.dendrite.status_code,
        "status_message": s.dendrite.status_message,
        "answer": getattr(s, "answer", None),
        "scores": getattr(s, "scores", None),
    }


async def run_dendrite(ip: str, port: int, hotkey: str) -> None:
    kp = Keypair.create_from_uri("//Alice")
    d = bt.Dendrite(wallet=kp)
    target = bt.AxonInfo(version=0, ip=ip, port=port, ip_type=4, hotkey=hotkey, coldkey=hotkey)
    wrong = bt.AxonInfo(version=0, ip=ip, port=port, ip_type=4, hotkey=kp.ss58_address, coldkey=hotkey)
    syn = Compute(prompt="héllo 'world'", weights=[0.5, 1.0, 1e-05, 3.0], k=3, meta={"a": [1, 2.5, None], "b": True})
    ok = await d.call(target, syn, timeout=10, deserialize=False)
    misaddressed = await d.call(wrong, Compute(prompt="x", weights=[], k=1), timeout=10, deserialize=False)
    ping = await d.call(target, bt.Synapse(), timeout=10, deserialize=False)
    chunks = []
    final = None
    async for item in d.call_stream(target, Tokens(n=4), timeout=10, deserialize=False):
        if isinstance(item, str):
            chunks.append(item)
        else:
            final = item
    await d.aclose_session()
    stream = {"text": "".join(chunks), "status_code": final.dendrite.status_code if final else None}
    print(json.dumps({"ok": summary(ok), "misaddressed": summary(misaddressed), "ping": summary(ping), "stream": stream}), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "axon":
        run_axon(int(sys.argv[2]))
    else:
        asyncio.run(run_dendrite(sys.argv[2], int(sys.argv[3]), sys.argv[4]))
