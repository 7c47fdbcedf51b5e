"""A process pool that survives its pages: per-page time limits, crashed workers replaced.

`concurrent.futures` cannot do this: a dead worker breaks the whole executor,
and a running task cannot be stopped. Here every worker has its own pipe and
gets one task at a time, so the parent always knows which page a worker is
on. A worker says when it starts a page, and the time limit runs from then
(a worker's start-up, slow on a loaded machine, is not the page's). A worker
that dies (segfault, OOM killer) or runs past the time limit on a page is
killed and replaced, and that page alone gets an error record; a page whose
worker died before starting it goes back in the queue. Each worker's address
space can be capped (`memory_limit`), so a page that would swallow the
machine's memory gets a `memory` record instead.

Workers are started with the forkserver method where it exists (the extraction
modules are imported once in the server and two small pages extracted there, so
the patterns compiled on first use are compiled once and a replacement costs milliseconds
and no thread of the parent, such as the progress bar's, is forked), spawn
elsewhere. A worker ignores SIGINT (the parent decides what an interrupt
means; SIGTERM and SIGHUP too, for the same reason) and exits when its pipe closes, so killing the parent, even with
SIGKILL, leaves no worker behind.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from typing import Any

from ..options import Options
from . import records
from .work import Outcome, peak_address_space, run

# A worker is replaced after this many pages, so memory that a long batch
# might accumulate (caches, fragmentation) is given back regularly.
MAX_TASKS_PER_WORKER = 500
# How long a worker asked to stop may take before it is killed.
_STOP_GRACE_S = 2.0
# How long a worker may take to start a page it was sent (its own start-up
# included) before it is taken for stuck, killed, and the page sent elsewhere.
_START_GRACE_S = 120.0
# A page whose worker died this many times before starting it gets a crash
# record: something kills every worker (the machine is out of memory or processes).
_MAX_START_ATTEMPTS = 3
# Sent by a worker when it takes a page: the page's time limit starts then.
STARTED = "started"
# The forkserver imports these before it forks a worker; the last extracts two small pages, so the
# patterns compiled on first use are compiled there once and every worker starts warm (batch/warm.py).
_PRELOAD = ["artextract.api", "artextract.html", "artextract.text", "artextract.output", "artextract.batch.work",
            "artextract.batch.warm"]

# Work function signature: (name, path, data, options, max_bytes, fmt) -> Outcome
Work = Callable[[Any, Any, Any, Options, int, str], Outcome]


@dataclass(frozen=True, slots=True)
class Task:
    index: int
    name: str | None
    path: str | None = None
    data: bytes | str | None = None
    url: str | None = None  # the page's address (a WARC record's target URI), as Options.url
    charset: str | None = None  # the charset its HTTP response declared, as Options.declared_charset


@dataclass(slots=True)
class WorkerStats:
    """What a worker reports when it stops: pages done, peak resident memory, CPU time used."""

    pid: int
    tasks: int
    peak_rss_kib: int | None
    cpu_seconds: float = 0.0


def task_options_for(options: Options, task: Task) -> Options:
    """The run's options with what a task knows of its page (its address, a declared charset)."""
    if task.url is None and task.charset is None:
        return options
    return replace(options, url=task.url or options.url, declared_charset=task.charset)


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


def limit_memory(limit: int | None) -> None:
    """Cap this process's address space (RLIMIT_AS), where the platform has it.

    Past the cap, allocations fail: Python raises MemoryError (a `memory`
    record) instead of the machine swapping or the OOM killer choosing a victim.
    """
    if not limit:
        return
    try:
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, AttributeError, ValueError, OSError):
        pass  # no such limit here (Windows, some BSDs): pages run unbounded, as before


def _worker_main(conn: Connection, options: Options, max_bytes: int, fmt: str, work: Work | None,
                 memory_limit: int | None = None, setup: Callable[[], None] | None = None) -> None:
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        if hasattr(signal, name):  # the parent decides what a stop means, and stops the workers
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    # Library warnings (bs4's "some characters could not be decoded") would land
    # on the user's terminal once per worker; what matters is in the record's warnings.
    warnings.simplefilter("ignore")
    limit_memory(memory_limit)
    if setup is not None:
        setup()
    work = work or run
    done = 0
    while True:
        try:
            task = conn.recv()
            if task is None:
                conn.send(WorkerStats(os.getpid(), done, peak_rss_kib(), time.process_time()))
                return
            conn.send(STARTED)
        except (EOFError, OSError):
            return  # the parent is gone
        task_options = task_options_for(options, task)
        outcome = work(task.name, task.path, task.data, task_options, max_bytes, fmt)
        done += 1
        if memory_limit and (peak_address_space() or 0) > memory_limit // 2:
            # A page took half the cap: start the next one in a fresh process, so that a
            # later page nearing the cap is the one that did it (work.memory_exhausted).
            outcome = replace(outcome, retire=True)
        try:
            conn.send(outcome)
        except (BrokenPipeError, OSError):
            return
        if outcome.retire:
            return


@contextmanager
def _without_main_module(skip: bool) -> Iterator[None]:
    """Start processes that do not run the parent's __main__ again.

    forkserver and spawn children import the parent's main script (as
    __mp_main__) before anything else, so a script calling run_batch without
    an `if __name__ == "__main__":` guard would call it again in every
    worker, which then dies. The workers need nothing from __main__ (their
    function lives here), so that step is left out of their start-up data.
    """
    if not skip:
        yield
        return
    from multiprocessing import spawn

    real = spawn.get_preparation_data

    def prepared(name: str) -> dict[str, Any]:
        data = real(name)
        data.pop("init_main_from_path", None)
        data.pop("init_main_from_name", None)
        return data

    spawn.get_preparation_data = prepared
    try:
        yield
    finally:
        spawn.get_preparation_data = real


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Connection
    task: Task | None = None
    started: bool = False  # the worker said it took the task: the time limit runs
    deadline: float = 0.0  # the time limit (started), or the start grace (not yet)
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
    memory_limit: int | None = None  # bytes of address space per worker; None: no cap
    setup: Callable[[], None] | None = None  # run in each worker before its first page (module-level)
    worker_stats: list[WorkerStats] = field(default_factory=list)
    _workers: list[_Worker] = field(default_factory=list)
    _retry: deque[Task] = field(default_factory=deque)  # pages whose worker died before starting them
    _attempts: dict[int, int] = field(default_factory=dict)

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
                while (self._retry or not exhausted) and (idle or len(self._workers) < self.jobs):
                    task = self._retry.popleft() if self._retry else next(pending, None)
                    if task is None:
                        exhausted = True
                        break
                    worker = idle.pop() if idle else self._start(context)
                    if not self._send(worker, task):
                        yield from self._requeue(task, "the worker process could not take the page")
                busy = [worker for worker in self._workers if worker.task is not None]
                if not busy:
                    if exhausted and not self._retry:
                        return
                    continue
                yield from self._collect(busy, idle)
        finally:
            self.close()

    def _collect(self, busy: list[_Worker], idle: list[_Worker]) -> Iterator[tuple[Task, Outcome]]:
        wait_for: float | None = None
        deadlines = [worker.deadline for worker in busy if self.timeout or not worker.started]
        if deadlines:
            wait_for = max(0.0, min(deadlines) - time.monotonic())
        handles: list[Any] = [worker.conn for worker in busy] + [worker.process.sentinel for worker in busy]
        ready = set(wait(handles, wait_for))
        now = time.monotonic()
        for worker in busy:
            task = worker.task
            assert task is not None
            if worker.conn in ready or worker.process.sentinel in ready:
                outcome = self._receive(worker)
                if outcome is not None or not worker.process.is_alive():
                    yield from self._finish(worker, task, outcome, idle)
            elif worker.started and self.timeout and now >= worker.deadline:
                worker.task = None
                self._retire(worker, kill=True)
                message = f"took longer than the {self.timeout:g} s limit; stopped"
                yield task, Outcome(records.error_record(task.name, records.TIMEOUT, message, self._known_type()))
            elif not worker.started and now >= worker.deadline:
                worker.task = None
                self._retire(worker, kill=True)
                yield from self._requeue(task, f"no worker process started the page within {_START_GRACE_S:g} s")

    def _finish(self, worker: _Worker, task: Task, outcome: Outcome | None,
                idle: list[_Worker]) -> Iterator[tuple[Task, Outcome]]:
        """A worker answered or died: the page's outcome, or the page back in the queue."""
        worker.task = None
        if outcome is None:
            started = worker.started
            message = self._death(worker)
            self._retire(worker, kill=True)
            if not started:  # it died before taking the page: the page is not to blame
                yield from self._requeue(task, message.replace("on this page", "before starting the page"))
                return
            outcome = Outcome(records.error_record(task.name, records.CRASH, message, self._known_type()))
        elif outcome.retire or worker.tasks >= self.max_tasks_per_worker:
            self._retire(worker, kill=False)
        else:
            idle.append(worker)
        self._attempts.pop(task.index, None)
        yield task, outcome

    def _requeue(self, task: Task, reason: str) -> Iterator[tuple[Task, Outcome]]:
        """Send a page that never ran to another worker; after a few tries, give it a crash record."""
        attempts = self._attempts.get(task.index, 0) + 1
        if attempts < _MAX_START_ATTEMPTS:
            self._attempts[task.index] = attempts
            self._retry.append(task)
            return
        self._attempts.pop(task.index, None)
        message = f"{reason} ({attempts} worker processes tried)"
        yield task, Outcome(records.error_record(task.name, records.CRASH, message, self._known_type()))

    def _receive(self, worker: _Worker) -> Outcome | None:
        """Read what the worker sent: its "started" note (the time limit starts), then its outcome."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message == STARTED:
                    worker.started = True
                    worker.deadline = time.monotonic() + (self.timeout or 0)
                elif isinstance(message, Outcome):
                    worker.tasks += 1
                    return message
        except (EOFError, OSError):
            pass
        except Exception:  # a result that cannot be unpickled is a crash of that page too
            pass
        return None

    def _send(self, worker: _Worker, task: Task) -> bool:
        try:
            worker.conn.send(task)
        except (BrokenPipeError, EOFError, OSError):
            self._retire(worker, kill=True)
            return False
        worker.task = task
        worker.started = False
        worker.deadline = time.monotonic() + _START_GRACE_S
        return True

    def _start(self, context: Any) -> _Worker:
        parent_end, child_end = context.Pipe(duplex=True)
        process = context.Process(
            target=_worker_main,
            args=(child_end, self.options, self.max_bytes, self.fmt, self.work, self.memory_limit, self.setup),
            name="artextract-worker",
            daemon=True,
        )
        with _without_main_module(skip=_needs_no_main(self.work) and _needs_no_main(self.setup)):
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
        """Why a worker died, for the crash record (its exit status or signal)."""
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
        """The input type of error records, when --input-type forced one."""
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


def _needs_no_main(function: Any) -> bool:
    """Whether a function sent to workers can be found without the parent's __main__."""
    return function is None or getattr(function, "__module__", None) != "__main__"
