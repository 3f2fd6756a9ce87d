"""Worker processes that survive each other's crashes, die with their parent and run under a memory limit."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import wait
from typing import Any

__all__ = ["imap", "kill_all", "request_stop", "clear_stop", "check_stop", "DIED", "DEFAULT_MEMORY_MB"]

#: Error text of a job whose worker process died (killed, or out of memory) while it held the job.
DIED = "the parser process died: out of memory?"
#: Default memory a worker may allocate on top of what it holds when it starts (MB); 0 means no limit.
DEFAULT_MEMORY_MB = 2048

_LIVE: set = set()  # worker processes of this process that may still run (for kill_all)
_STOP = threading.Event()  # set by an interrupt handler: the running imap stops at its next turn
_FORKING = threading.Event()  # set while a worker is being started


def request_stop() -> bool:
    """Ask a running :func:`imap` to stop (it raises KeyboardInterrupt within a second).

    Returns whether raising KeyboardInterrupt right now is safe: not while a worker is being forked,
    where Python's at-fork hooks would swallow it.
    """
    _STOP.set()
    return not _FORKING.is_set()


def clear_stop() -> None:
    """Forget an earlier :func:`request_stop` (at the start of a new run)."""
    _STOP.clear()


def check_stop() -> None:
    """Raise KeyboardInterrupt if a stop was requested."""
    if _STOP.is_set():
        raise KeyboardInterrupt


def kill_all() -> None:
    """Kill every worker process started by :func:`imap` in this process (used on a second Ctrl-C)."""
    for p in list(_LIVE):
        try:
            p.kill()
        except (OSError, ValueError, AttributeError):
            pass
    for p in list(_LIVE):
        try:
            p.join(timeout=1)
        except (OSError, ValueError, AssertionError):
            pass
    _LIVE.clear()


def _vm_size() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def limit_memory(megabytes: int | None) -> None:
    """Cap this process's address space at its current size plus ``megabytes`` (no-op for 0/None or
    where ``resource`` is missing)."""
    if not megabytes:
        return
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = _vm_size() + int(megabytes) * 1024 * 1024
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass


def _die_with_parent(parent: int) -> None:
    """Make sure this worker ends when its parent does, even if the parent is killed (SIGKILL)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:  # other systems, and the parent dying before prctl took effect
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _worker(fn: Callable, conn, parent: int, memory_mb: int | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business: it kills us
    _die_with_parent(parent)
    limit_memory(memory_mb)
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        for job in batch:
            try:
                res = fn(job)
            except MemoryError:
                res = _OutOfMemory()
            try:
                conn.send(res)
            except (OSError, ValueError):
                return


class _OutOfMemory:
    """Sent back when a job raised MemoryError outside the job's own error handling."""


class _Worker:
    __slots__ = ("proc", "conn", "pending")

    def __init__(self, proc, conn):
        self.proc, self.conn, self.pending = proc, conn, deque()


def _context():
    methods = mp.get_all_start_methods()
    return mp.get_context("fork") if "fork" in methods else mp.get_context()


def imap(fn: Callable[[Any], Any], jobs: Iterable, workers: int, *, died: Callable[[Any, str], Any],
         memory_mb: int | None = DEFAULT_MEMORY_MB, chunksize: int = 1) -> Iterator[tuple[Any, Any]]:
    """Run ``fn(job)`` for every job in ``workers`` processes; yields ``(job, result)`` as they finish.

    A worker that dies (killed, out of memory) costs only the job it held: ``died(job, DIED)`` is
    yielded as that job's result, the jobs queued behind it go to a new worker, and the run goes on.
    Workers ignore SIGINT, end with the parent (``PR_SET_PDEATHSIG`` on Linux, a watch thread
    elsewhere), and are killed when the caller stops early (an exception such as KeyboardInterrupt,
    or closing the generator).

    Args:
        fn: a module-level function (it must pickle where processes are spawned, not forked).
        jobs: the jobs (picklable).
        workers: number of processes (at least 1).
        died: makes the result of a job whose worker died, from the job and a reason.
        memory_mb: address space each worker may add to what it holds at start; 0/None: no limit.
        chunksize: jobs sent to a worker at once at most (fewer as the queue drains); a worker holds at most
            two batches.
    """
    ctx = _context()
    queue = deque(jobs)
    pool: list[_Worker] = []
    chunksize = max(1, int(chunksize))
    workers = max(1, int(workers))

    def start() -> _Worker:
        here, there = ctx.Pipe()
        proc = ctx.Process(target=_worker, args=(fn, there, os.getpid(), memory_mb), daemon=True)
        _FORKING.set()
        try:
            proc.start()
        finally:
            _FORKING.clear()
        there.close()
        _LIVE.add(proc)
        w = _Worker(proc, here)
        pool.append(w)
        return w

    def feed(w: _Worker) -> None:
        while queue:
            # guided: batches (and what a worker may hold) shrink as the queue drains, so that the workers
            # finish together instead of one working through a full batch while the others wait
            size = max(1, min(chunksize, len(queue) // (2 * workers)))
            if len(w.pending) >= 2 * size:
                return
            batch = [queue.popleft() for _ in range(size)]
            w.pending.extend(batch)
            try:
                w.conn.send(batch)
            except (OSError, ValueError):  # the worker is gone: its sentinel says so on the next turn
                return

    def bury(w: _Worker) -> None:
        pool.remove(w)
        _LIVE.discard(w.proc)
        try:
            w.conn.close()
        except OSError:
            pass
        if w.proc.is_alive():
            w.proc.kill()
        w.proc.join(timeout=5)

    finished = False
    try:
        for _ in range(max(1, min(workers, len(queue)))):
            feed(start())
        while any(w.pending for w in pool):
            busy = [w for w in pool if w.pending]
            check_stop()
            ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=0.25))
            check_stop()
            for w in busy:
                dead = False
                try:
                    while w.pending and w.conn.poll():
                        res = w.conn.recv()
                        job = w.pending.popleft()
                        yield job, (died(job, "the parser ran out of memory") if isinstance(res, _OutOfMemory)
                                    else res)
                except (EOFError, OSError):
                    dead = True
                if dead or (w.proc.sentinel in ready and not w.proc.is_alive()):
                    culprit = w.pending.popleft() if w.pending else None
                    queue.extendleft(reversed(w.pending))
                    w.pending.clear()
                    bury(w)
                    if culprit is not None:
                        yield culprit, died(culprit, DIED)
                    if queue:
                        feed(start())
                else:
                    feed(w)
        finished = True
    finally:
        for w in list(pool):
            if finished:
                try:
                    w.conn.send(None)
                except (OSError, ValueError):
                    pass
            else:
                w.proc.kill()
        for w in list(pool):
            w.proc.join(timeout=2 if finished else 5)
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(timeout=5)
            _LIVE.discard(w.proc)
            try:
                w.conn.close()
            except OSError:
                pass
