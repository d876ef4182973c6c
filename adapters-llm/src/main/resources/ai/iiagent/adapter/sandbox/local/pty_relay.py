# Runs inside the sandbox: an interactive bash on a fresh pseudo-terminal (bwrap's own /dev/pts),
# relayed over stdin/stdout. stdin carries frames: one type byte, a 4-byte big-endian length, the
# payload; 'i' = keystrokes, 'r' = b"ROWS COLS". stdout carries what the terminal prints, as is.
# The exit status is the shell's. Input is queued and written only when the pty takes it, so a
# large paste cannot deadlock against a shell that is busy printing.
import errno, fcntl, os, pty, select, signal, struct, sys, termios


def set_size(fd, rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def main():
    rows, cols = int(sys.argv[1]), int(sys.argv[2])
    pid, master = pty.fork()
    if pid == 0:
        os.execv("/bin/bash", ["bash", "-i"])
    set_size(master, rows, cols)
    os.set_blocking(master, False)
    source, sink = sys.stdin.fileno(), sys.stdout.fileno()
    frames, pending, reading = b"", b"", True
    while True:
        readers = [master] + ([source] if reading else [])
        writers = [master] if pending else []
        try:
            ready, writable, _ = select.select(readers, writers, [])
        except InterruptedError:
            continue
        if master in ready:
            try:
                data = os.read(master, 65536)
            except OSError as e:
                if e.errno == errno.EAGAIN:
                    data = None
                else:
                    break  # EIO: the shell and everything on the pty are gone
            if data == b"":
                break
            if data:
                view = memoryview(data)
                while view:
                    view = view[os.write(sink, view):]
        if pending and master in writable:
            try:
                pending = pending[os.write(master, pending):]
            except BlockingIOError:
                pass
        if reading and source in ready:
            chunk = os.read(source, 65536)
            if not chunk:
                reading = False
                os.kill(pid, signal.SIGHUP)
                continue
            frames += chunk
            while len(frames) >= 5:
                kind, size = frames[0], struct.unpack(">I", frames[1:5])[0]
                if len(frames) < 5 + size:
                    break
                body, frames = frames[5:5 + size], frames[5 + size:]
                if kind == ord("i"):
                    pending += body
                elif kind == ord("r"):
                    r, c = body.split()
                    set_size(master, int(r), int(c))
    _, status = os.waitpid(pid, 0)
    sys.exit(os.waitstatus_to_exitcode(status))


main()
