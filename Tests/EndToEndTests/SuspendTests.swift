import Testing

/// Ctrl-Z gives the shell back with the terminal restored; `fg` redraws, at the new size if
/// the window changed meanwhile.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct SuspendTests {
  @Test func ctrlZThenFg() throws {
    let binary = try Tools.binaryPath()
    let pane = try TmuxSession(
      width: 80, height: 24,
      command: "env -i PATH=/usr/bin:/bin HOME=/tmp TERM=xterm-256color LANG=C.UTF-8 PS1='$ ' "
        + "bash --norc --noprofile -i")
    defer { pane.close() }
    try pane.waitFor(text: "$")
    try pane.type("\(shellQuoted(binary)) --data builtin:seed")
    try pane.send("Enter")
    try pane.waitFor(text: "3 Timeline ")
    try pane.send("C-z")
    try pane.waitFor(text: "Stopped")
    #expect(try pane.format("#{alternate_on}") == "0")
    #expect(try pane.format("#{cursor_flag}") == "1")
    try pane.resize(width: 60, height: 20)
    try pane.type("fg")
    try pane.send("Enter")
    try pane.waitFor(text: "1 Pledges  2 Humanitarian  3 Timeline  4 Detail")
    try pane.send("q")
    // Typing before the program has exited would hand the shell's input to the dashboard.
    try pane.waitFor("the shell back in the foreground") { _ in
      (try? pane.format("#{pane_current_command}")) == "bash"
    }
    try pane.type("echo EXIT=$?")
    try pane.send("Enter")
    let screen = try pane.waitFor(text: "EXIT=0")
    #expect(screen.contains("EXIT=0"))
    #expect(try pane.format("#{alternate_on}") == "0")
  }
}
