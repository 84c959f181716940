"""A throwaway PostgreSQL cluster for the tests: started once per session on a free local port.

`initdb` and `pg_ctl` refuse to run as root (and CI runs as root), so as root the cluster runs
as the `postgres` user in a temporary folder that user owns. Each test gets its own database,
cloned from a migrated template (CREATE DATABASE ... TEMPLATE), which takes tens of milliseconds.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "postgres"


def find_bin_dir() -> Path | None:
    """Where initdb and pg_ctl live (Debian keeps them off PATH), or None when not installed."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    """A running PostgreSQL cluster; `url(db)` gives a SQLAlchemy address as the superuser."""

    bin_dir: Path
    folder: Path
    port: int
    as_postgres: bool
    _counter: itertools.count = field(default_factory=lambda: itertools.count(1))
    # Clones are made one ahead, in the background, while the previous test runs.
    _worker: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1))
    _next: dict[str, Future[str]] = field(default_factory=dict)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str = "") -> str:
        secret = f":{password}" if password else ""
        return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder)

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c full_page_writes=off -c synchronous_commit=off "
                   "-c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l",
                  str(self.folder / "server.log"), "-w", "start")

    def stop(self) -> None:
        self._worker.shutdown(wait=True, cancel_futures=True)
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run one statement as the superuser outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname=database, autocommit=True) as con:
            con.execute(sql)  # type: ignore[arg-type]

    def require_password(self, role: str) -> None:
        """From now on `role` logs in over TCP with its password (scram); others stay trusted."""
        hba = self.data / "pg_hba.conf"
        line = f"host all {role} 127.0.0.1/32 scram-sha-256\n"
        text = hba.read_text()
        if line not in text:
            hba.write_text(line + text)  # the first matching line wins
        self.execute("SELECT pg_reload_conf()")
        self._wait_until_refused(role)

    def _wait_until_refused(self, role: str) -> None:
        """The postmaster reloads its rules a moment after the signal: wait for that."""
        import time

        import psycopg

        for _attempt in range(500):
            try:
                psycopg.connect(host="127.0.0.1", port=self.port, user=role, dbname="postgres",
                                password="-", connect_timeout=5).close()
            except psycopg.OperationalError as exc:
                if "password" in str(exc):
                    return
            time.sleep(0.01)
        raise RuntimeError(f"PostgreSQL did not start asking {role} for a password")

    def new_database(self, template: str | None = None) -> str:
        name = f"test_{os.getpid()}_{next(self._counter)}"
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def take_clone(self, template: str) -> str:
        """A fresh copy of `template`; the next copy starts at once in the background."""
        ready = self._next.pop(template, None)
        name = ready.result() if ready is not None else self.new_database(template)
        self._next[template] = self._worker.submit(self.new_database, template)
        return name

    def give_back(self, name: str) -> None:
        self._worker.submit(self.drop_database, name)


def start_cluster() -> Cluster | None:
    """A started cluster, or None when PostgreSQL is not installed on this machine."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="coachdesk-pg-"))
    as_postgres = hasattr(os, "geteuid") and os.geteuid() == 0
    if as_postgres:
        shutil.chown(folder, user="postgres", group="postgres")
    cluster = Cluster(bin_dir, folder, _free_port(), as_postgres)
    try:
        cluster.start()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return cluster


def build_template(cluster: Cluster, prepare: Callable[[str], None]) -> str:
    """Create a database, let `prepare(url)` migrate and fill it, and mark it a template."""
    name = "coachdesk_template"
    cluster.execute(f'CREATE DATABASE "{name}"')
    prepare(cluster.url(name))
    cluster.execute(f"ALTER DATABASE \"{name}\" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false")
    return name
