"""A process pool that survives its pages: per-page time limits, crashed workers replaced.

`concurrent.futures` cannot do this: a dead worker breaks the whole executor,
and a running task cannot be stopped. Here every worker has its own pipe and
gets one task at a time, so the parent always knows which page a worker is
on. A worker that dies (segfault, OOM killer) or runs past the time limit is
killed and replaced, and that page alone gets an error record.

Workers are started with the forkserver method where it exists (the extraction
modules are imported once in the server, so a replacement costs milliseconds
and no thread of the parent, such as the progress bar's, is forked), spawn
elsewhere. A worker ignores SIGINT (the parent decides what an interrupt
means) and exits when its pipe closes, so killing the parent, even with
SIGKILL, leaves no worker behind.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from typing import Any

from ..options import Options
from . import records
from .work import Outcome, run

# A worker is replaced after this many pages, so memory that a long batch
# might accumulate (caches, fragmentation) is given back regularly.
MAX_TASKS_PER_WORKER = 500
# How long a worker asked to stop may take before it is killed.
_STOP_GRACE_S = 2.0
_PRELOAD = ["artextract.api", "artextract.html", "artextract.text", "artextract.output", "artextract.batch.work"]

# Work function signature: (name, path, data, options, max_bytes, fmt) -> Outcome
Work = Callable[[Any, Any, Any, Options, int, str], Outcome]


@dataclass(frozen=True, slots=True)
class Task:
    index: int
    name: str | None
    path: str | None = None
    data: bytes | str | None = None
    url: str | None = None  # the page's address (a WARC record's target URI), as Options.url


@dataclass(slots=True)
class WorkerStats:
    """What a worker reports when it stops: pages done, peak resident memory, CPU time used."""

    pid: int
    tasks: int
    peak_rss_kib: int | None
    cpu_seconds: float = 0.0


def default_context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def peak_rss_kib() -> int | None:
    """This process's peak resident set size, KiB (Linux /proc; getrusage elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    except (ImportError, OSError):
        return None


def _worker_main(conn: Connection, options: Options, max_bytes: int, fmt: str, work: Work | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Library warnings (bs4's "some characters could not be decoded") would land
    # on the user's terminal once per worker; what matters is in the record's warnings.
    warnings.simplefilter("ignore")
    work = work or run
    done = 0
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            conn.send(WorkerStats(os.getpid(), done, peak_rss_kib(), time.process_time()))
            return
        task_options = options if task.url is None else replace(options, url=task.url)
        outcome = work(task.name, task.path, task.data, task_options, max_bytes, fmt)
        done += 1
        try:
            conn.send(outcome)
        except (BrokenPipeError, OSError):
            return
        if outcome.retire:
            return


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Connection
    task: Task | None = None
    deadline: float = 0.0
    tasks: int = 0


@dataclass
class Pool:
    """`jobs` worker processes running `work` (default: read, extract, render) on tasks."""

    jobs: int
    options: Options = field(default_factory=Options)
    max_bytes: int = 50 * 1024 * 1024
    timeout: float | None = 30.0  # seconds per page; None or 0 for no limit
    fmt: str = "json"
    work: Work | None = None  # a module-level function, picklable; tests use it to inject crashes
    context: Any = None
    max_tasks_per_worker: int = MAX_TASKS_PER_WORKER
    worker_stats: list[WorkerStats] = field(default_factory=list)
    _workers: list[_Worker] = field(default_factory=list)

    def imap_unordered(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, Outcome]]:
        """Each task with its outcome, as they complete. Exactly one outcome per task."""
        if self.jobs < 1:
            raise ValueError("jobs must be at least 1")
        context = self.context or default_context()
        pending = iter(tasks)
        exhausted = False
        idle: list[_Worker] = []
        try:
            while True:
                while not exhausted and (idle or len(self._workers) < self.jobs):
                    task = next(pending, None)
                    if task is None:
                        exhausted = True
                        break
                    worker = idle.pop() if idle else self._start(context)
                    failure = self._send(worker, task)
                    if failure is not None:
                        yield task, failure
                        idle.append(self._start(context))
                busy = [worker for worker in self._workers if worker.task is not None]
                if not busy:
                    if exhausted:
                        return
                    continue
                yield from self._collect(busy, idle, context)
        finally:
            self.close()

    def _collect(self, busy: list[_Worker], idle: list[_Worker], context: Any) -> Iterator[tuple[Task, Outcome]]:
        wait_for: float | None = None
        if self.timeout:
            wait_for = max(0.0, min(worker.deadline for worker in busy) - time.monotonic())
        handles: list[Any] = [worker.conn for worker in busy] + [worker.process.sentinel for worker in busy]
        ready = set(wait(handles, wait_for))
        now = time.monotonic()
        for worker in busy:
            task = worker.task
            assert task is not None
            if worker.conn in ready or worker.process.sentinel in ready:
                outcome = self._receive(worker)
                worker.task = None
                if outcome is None:
                    outcome = Outcome(records.error_record(task.name, records.CRASH, self._death(worker),
                                                           self._known_type()))
                    self._retire(worker, kill=True)
                elif outcome.retire or worker.tasks >= self.max_tasks_per_worker:
                    self._retire(worker, kill=False)
                else:
                    idle.append(worker)
                yield task, outcome
            elif self.timeout and now >= worker.deadline:
                worker.task = None
                self._retire(worker, kill=True)
                message = f"took longer than the {self.timeout:g} s limit; stopped"
                yield task, Outcome(records.error_record(task.name, records.TIMEOUT, message, self._known_type()))

    def _receive(self, worker: _Worker) -> Outcome | None:
        try:
            if worker.conn.poll():
                message = worker.conn.recv()
                if isinstance(message, Outcome):
                    worker.tasks += 1
                    return message
        except (EOFError, OSError):
            pass
        except Exception:  # a result that cannot be unpickled is a crash of that page too
            pass
        return None

    def _send(self, worker: _Worker, task: Task) -> Outcome | None:
        try:
            worker.conn.send(task)
        except (BrokenPipeError, EOFError, OSError) as error:
            self._retire(worker, kill=True)
            message = f"the worker process could not take the page ({error})"
            return Outcome(records.error_record(task.name, records.CRASH, message, self._known_type()))
        worker.task = task
        worker.deadline = time.monotonic() + (self.timeout or 0)
        return None

    def _start(self, context: Any) -> _Worker:
        parent_end, child_end = context.Pipe(duplex=True)
        process = context.Process(
            target=_worker_main,
            args=(child_end, self.options, self.max_bytes, self.fmt, self.work),
            name="artextract-worker",
            daemon=True,
        )
        process.start()
        child_end.close()
        worker = _Worker(process, parent_end)
        self._workers.append(worker)
        return worker

    def _retire(self, worker: _Worker, kill: bool) -> None:
        """Take a worker out of the pool: killed (it is stuck or dead) or asked to stop."""
        if worker in self._workers:
            self._workers.remove(worker)
        if kill:
            if worker.process.is_alive():
                worker.process.kill()
        else:
            self._stop(worker, time.monotonic() + _STOP_GRACE_S)
        worker.process.join(_STOP_GRACE_S)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()

    def _stop(self, worker: _Worker, deadline: float) -> None:
        """Ask an idle worker to stop and keep the statistics it answers with."""
        try:
            worker.conn.send(None)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                stats = worker.conn.recv()
                if isinstance(stats, WorkerStats):
                    self.worker_stats.append(stats)
        except (BrokenPipeError, EOFError, OSError):
            pass  # it had already left (a worker retires itself after a MemoryError)

    def _death(self, worker: _Worker) -> str:
        worker.process.join(_STOP_GRACE_S)
        code = worker.process.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            cause = " (possibly the out-of-memory killer)" if -code == signal.SIGKILL else ""
            return f"the worker process crashed on this page: killed by {name}{cause}"
        return f"the worker process crashed on this page: exit status {code}"

    def _known_type(self) -> str | None:
        return self.options.input_type if self.options.input_type != "auto" else None

    def close(self) -> None:
        """Stop every worker: idle ones politely (collecting their stats), busy ones at once."""
        workers, self._workers = self._workers, []
        for worker in workers:
            if worker.task is not None:
                worker.process.kill()
            else:
                try:
                    worker.conn.send(None)
                except (BrokenPipeError, OSError):
                    pass
        deadline = time.monotonic() + _STOP_GRACE_S
        for worker in workers:
            if worker.task is None:
                try:
                    if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                        stats = worker.conn.recv()
                        if isinstance(stats, WorkerStats):
                            self.worker_stats.append(stats)
                except (EOFError, OSError):
                    pass
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
