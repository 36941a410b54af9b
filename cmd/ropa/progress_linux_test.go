package main

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal and returns its two ends: what the
// program writes to tty is read from ptm.
func openPTY(t *testing.T) (ptm, tty *os.File) {
	t.Helper()
	ptm, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	n, err := unix.IoctlGetUint32(int(ptm.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(ptm.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { tty.Close(); ptm.Close() })
	return ptm, tty
}

// TestProgressOnATerminal: on a terminal the bar is drawn with its
// description and count.
func TestProgressOnATerminal(t *testing.T) {
	ptm, tty := openPTY(t)
	cmd := &cobra.Command{}
	cmd.SetErr(tty)
	p := newProgress(cmd, "generating rows", 10)
	if p == nil {
		t.Fatal("no progress bar on a terminal")
	}
	p.set(10, 10)
	p.finish()
	ptm.SetReadDeadline(time.Now().Add(10 * time.Second))
	buf := make([]byte, 4096)
	n, err := ptm.Read(buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(buf[:n]); !strings.Contains(got, "generating rows") || !strings.Contains(got, "/10") {
		t.Errorf("terminal shows %q, want the description and a count of 10", got)
	}
}
