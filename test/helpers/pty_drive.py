"""Drive a terminal program through a real pseudo-terminal, as an officer at a keyboard would.

Usage: pty_drive.py SCRIPT.json [--cols N] -- COMMAND...
SCRIPT.json is a list of [text to wait for, keys to type]. Prints the whole screen output
(ANSI codes stripped) and exits with the program's exit code. The terminal is 120 columns wide
unless --cols says otherwise, so that a question fits on one line and the tests can match it whole.
"""
import codecs, fcntl, json, os, pty, re, select, struct, sys, termios, time

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-B]|\x1b[=>]")

def main():
    steps = json.load(open(sys.argv[1]))
    sep = sys.argv.index("--")
    opts = sys.argv[2:sep]
    cols = int(opts[opts.index("--cols") + 1]) if "--cols" in opts else 120
    cmd = sys.argv[sep + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, cols, 0, 0))
        os.execvp(cmd[0], cmd)
    # A character's bytes may come in two reads.
    decode = codecs.getincrementaldecoder("utf-8")("replace").decode
    raw = ""
    seen = ""
    def read(timeout):
        nonlocal raw, seen
        r, _, _ = select.select([fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(fd, 65536)
        except OSError:
            return None
        if not data:
            return None
        # Stripped as a whole: an escape sequence may be split between two reads.
        raw += decode(data)
        seen = ANSI.sub("", raw)
        return True
    cursor = 0
    for wait_for, keys in steps:
        deadline = time.time() + 20
        while wait_for not in seen[cursor:]:
            if time.time() > deadline or read(0.2) is None:
                sys.stdout.write(seen)
                sys.stderr.write(f"\n[pty_drive] timed out waiting for: {wait_for!r}\n")
                os.kill(pid, 9)
                sys.exit(99)
        cursor = seen.index(wait_for, cursor) + len(wait_for)
        time.sleep(0.05)
        os.write(fd, keys.encode("utf-8"))
    while read(5) is not None:
        pass
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(seen)
    sys.exit(os.waitstatus_to_exitcode(status))

main()
