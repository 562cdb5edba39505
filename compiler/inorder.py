"""An order-preserving map over worker processes, for CPU-bound work that comes in
independent pieces (`regel valider --jobs`).

    with ordered_map(function, items, jobs, initializer, initargs) as results:
        for result in results:   # function(item) for each item, in the order of items
            ...

Each worker runs `initializer(*initargs)` once (to import what it needs), then computes one
item at a time: it gets the next item as soon as it has sent back a result, and at most
`AHEAD` items per worker are out at once (being computed, or done but waiting for an earlier
one), so memory stays flat however many items there are. With one item or none no process
is started: it is computed here. Items and results are pickled, so keep them plain (text,
numbers, lists, dicts) and let `function` send back what its caller writes, already rendered.

Workers ignore SIGINT (Ctrl-C reaches the whole process group; this process decides what it
means) and die on SIGTERM. Leaving the `with` in any way (the end, an exception, an
interrupt) stops them. A worker that dies before it has sent its result raises
`WorkerDied`; an exception in `function` or `initializer` is raised here, with the worker's
traceback as its cause.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import sys
import traceback
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterable, Iterator

AHEAD = 3
_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def cores() -> int:
    """The cores this process may run on (a container or `taskset` can give it fewer than the machine has)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class WorkerDied(Exception):
    """A worker process stopped before it sent back its result (killed, out of memory)."""

    def __init__(self, exitcode: int):
        self.exitcode = exitcode
        super().__init__(f"signal {signal.Signals(-exitcode).name}" if exitcode < 0 else f"status {exitcode}")


class WorkerTraceback(Exception):
    """The traceback, in the worker, of an exception raised there (its cause here)."""


@contextmanager
def ordered_map(function: Callable[[Any], Any], items: Iterable[Any], jobs: int,
                initializer: Callable[..., None], initargs: tuple = ()) -> Iterator[Iterator[Any]]:
    workers = _Workers(function, initializer, initargs, jobs)
    try:
        yield workers.results(iter(items))
    finally:
        workers.stop()


class _Workers:
    def __init__(self, function: Callable[[Any], Any], initializer: Callable[..., None], initargs: tuple, jobs: int):
        self.function, self.initializer, self.initargs, self.jobs = function, initializer, initargs, jobs
        self.connections: list[Connection] = []
        self.processes: list[Any] = []

    def results(self, items: Iterator[Any]) -> Iterator[Any]:
        first = list(itertools.islice(items, 2))
        if len(first) < 2:  # not worth a process
            if first:
                self.initializer(*self.initargs)
                yield self.function(first[0])
            return
        self._start()
        yield from self._in_order(itertools.chain(first, items))

    def _start(self) -> None:
        # A forked worker would write what is still buffered for stdout again when it ends.
        sys.stdout.flush()
        sys.stderr.flush()
        context = multiprocessing.get_context()
        held = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)  # until the worker has its own handlers
        try:
            for _ in range(self.jobs):
                ours, theirs = context.Pipe()
                # A forked worker also gets this process's ends of the pipes; it closes them, so
                # that when this process ends, every worker sees the end of its pipe and stops.
                process = context.Process(target=_serve, daemon=True, args=(
                    theirs, [*self.connections, ours], self.function, self.initializer, self.initargs))
                process.start()
                theirs.close()
                self.connections.append(ours)
                self.processes.append(process)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)

    def _in_order(self, items: Iterator[Any]) -> Iterator[Any]:
        idle = list(range(self.jobs))
        busy: set[int] = set()
        done: dict[int, Any] = {}
        sent = given = 0
        upcoming = next(items, _END)
        while True:
            while idle and upcoming is not _END and sent - given < AHEAD * self.jobs:
                worker = idle.pop()
                try:
                    self.connections[worker].send((sent, upcoming))
                except OSError:  # BrokenPipeError: it is gone
                    raise self._died(worker) from None
                busy.add(worker)
                sent += 1
                upcoming = next(items, _END)  # read the next item while the workers compute
            if not busy:
                return
            ready = wait([*(self.connections[w] for w in busy), *(self.processes[w].sentinel for w in busy)])
            for worker in list(busy):
                connection = self.connections[worker]
                if connection in ready or connection.poll():
                    index, value = self._receive(worker)
                    done[index] = value
                    busy.discard(worker)
                    idle.append(worker)
                elif self.processes[worker].sentinel in ready:
                    raise self._died(worker)
            while given in done:
                yield done.pop(given)
                given += 1

    def _receive(self, worker: int) -> tuple[int, Any]:
        try:
            index, ok, value = self.connections[worker].recv()
        except (EOFError, OSError):
            raise self._died(worker) from None
        if not ok:
            failure, trace = value
            raise failure from WorkerTraceback(trace)
        return index, value

    def _died(self, worker: int) -> WorkerDied:
        process = self.processes[worker]
        process.join(5)
        return WorkerDied(process.exitcode if process.exitcode is not None else -signal.SIGKILL)

    def stop(self) -> None:
        for connection in self.connections:
            connection.close()
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.join(5)
            if process.is_alive():
                process.kill()
                process.join()


_END = object()


def _serve(connection: Connection, others: list[Connection], function: Callable[[Any], Any],
           initializer: Callable[..., None], initargs: tuple) -> None:
    """A worker: items in, results out, until this process's parent closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)
    for other in others:
        other.close()
    index = -1
    try:
        initializer(*initargs)
        while True:
            index, item = connection.recv()
            connection.send((index, True, function(item)))
    except (EOFError, BrokenPipeError):  # the parent has stopped listening
        return
    except BaseException as failure:  # sent back to be raised there, never printed here
        _send_failure(connection, index, failure)


def _send_failure(connection: Connection, index: int, failure: BaseException) -> None:
    trace = "".join(traceback.format_exception(type(failure), failure, failure.__traceback__))
    try:
        connection.send((index, False, (failure, trace)))
    except (EOFError, BrokenPipeError):
        pass
    except Exception:  # the exception cannot be pickled: send what it said
        connection.send((index, False, (RuntimeError(f"{type(failure).__name__}: {failure}"), trace)))
