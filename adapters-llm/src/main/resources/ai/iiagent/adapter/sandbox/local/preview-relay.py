# The preview relay of one (sandbox, port): started as root by the app (PreviewRelays), it listens on
# 127.0.0.1:<ephemeral> in the HOST's network namespace, then moves itself into the sandbox's network
# namespace (which holds nothing but loopback), drops to the sandbox's host uid, and forwards every
# accepted connection to 127.0.0.1:<port> (or [::1]:<port>) there. Sockets keep the namespace they
# were made in, so the listener stays on the host and every outbound socket is inside the sandbox:
# the sandbox gains no route out. Argv: <netns path> <port> <uid>. Prints the listening port, then "gone"
# for each connection it could not forward because nothing answered on <port>.
import ctypes
import os
import socket
import sys
import threading

CLONE_NEWNET = 0x40000000
PR_SET_PDEATHSIG = 1


def main():
    netns, port, uid = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, 9)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(256)
    fd = os.open(netns, os.O_RDONLY)
    if libc.setns(fd, CLONE_NEWNET) != 0:
        sys.stderr.write("setns failed: errno %d\n" % ctypes.get_errno())
        sys.exit(3)
    os.close(fd)
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    sys.stdout.write("%d\n" % listener.getsockname()[1])
    sys.stdout.flush()
    while True:
        client, _ = listener.accept()
        threading.Thread(target=serve, args=(client, port), daemon=True).start()


def connect(port):
    for family, address in ((socket.AF_INET, ("127.0.0.1", port)), (socket.AF_INET6, ("::1", port))):
        upstream = socket.socket(family, socket.SOCK_STREAM)
        try:
            upstream.connect(address)
            return upstream
        except OSError:
            upstream.close()
    return None


def serve(client, port):
    upstream = connect(port)
    if upstream is None:
        # Tells the app the server went away, so its next preview looks for it again (one write: atomic on a pipe).
        try:
            os.write(1, b"gone\n")
        except OSError:
            pass
        client.close()
        return
    for s in (client, upstream):
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    back = threading.Thread(target=pump, args=(upstream, client), daemon=True)
    back.start()
    pump(client, upstream)
    back.join()
    client.close()
    upstream.close()


def pump(source, target):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            target.sendall(data)
    except OSError:
        pass
    finally:
        try:
            target.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        try:
            source.shutdown(socket.SHUT_RD)
        except OSError:
            pass


main()
