import CNcurses
import MSSView

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one owner of the terminal (htop's CRT.c): the only code that calls curses. It starts in
/// one fixed order, copies grids to the screen, reads keys, and restores everything in `stop`,
/// which every way out of `TerminalApp.run` reaches; a crash is covered by `CrashGuard`.
@MainActor
final class Terminal {
  struct Settings {
    var asciiRequested = false
    var colorChoice: ColorChoice = .auto
  }

  /// False when the locale is not UTF-8, or with `--ascii`: only ASCII reaches the screen.
  let utf8: Bool
  let asciiOnly: Bool
  let capability: ColorPalette.Capability
  /// Long horizontal lines may go as the terminal's line-drawing characters. Not inside tmux
  /// or screen: they show those cells as the letter "q" to capture-pane and to screen readers.
  let lineDrawing: Bool
  var width: Int
  var height: Int

  private let screen: OpaquePointer
  let window: UnsafeMutablePointer<WINDOW>
  private let output: UnsafeMutablePointer<FILE>
  let input: UnsafeMutablePointer<FILE>
  let signals: SignalEvents
  private let stderrCapture = StderrCapture()
  /// Curses attributes and colour pair for each role of the current theme, by `Role.allCases`
  /// index, and whether a blank in it looks plain (see `RowPlan`).
  var looks: [CursesLook] = []
  /// The horizontal line character and its attributes when the terminal has line drawing
  /// (`ACS_HLINE`); nil when curses would fall back to "-".
  var lineCharacter: (character: wchar_t, attributes: attr_t)?
  /// Reads that found the terminal readable but returned nothing: a closed terminal.
  var emptyReads = 0
  private var isOpen = true

  private init(
    screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>,
    files: (UnsafeMutablePointer<FILE>, UnsafeMutablePointer<FILE>),
    signals: SignalEvents, utf8: Bool, asciiOnly: Bool, capability: ColorPalette.Capability
  ) {
    self.screen = screen
    self.window = window
    (output, input) = files
    self.signals = signals
    self.utf8 = utf8
    self.asciiOnly = asciiOnly
    self.capability = capability
    lineDrawing = environment("TMUX") == nil && environment("STY") == nil
    width = Int(getmaxx(window))
    height = Int(getmaxy(window))
  }

  // MARK: Start and stop

  /// Start-up, in this order: is there a terminal; the locale; the tty modes to restore after a
  /// crash; signal handlers (before newterm, so ncurses leaves SIGINT/SIGTERM/SIGWINCH to us);
  /// newterm; the crash guard; input modes; colours; then stderr is held back.
  static func start(_ settings: Settings) -> Result<Terminal, TerminalUnavailable> {
    let term = environment("TERM")
    if let problem = TerminalCheck.problem(
      stdinIsTerminal: isatty(STDIN_FILENO) == 1, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
      term: term)
    {
      return .failure(TerminalUnavailable(reason: problem))
    }
    let termName = term ?? ""

    if mss_setlocale_ctype() == 0,
      TerminalCheck.asksForUTF8(
        environment("LC_ALL") ?? environment("LC_CTYPE") ?? environment("LANG"))
    {
      // Over SSH, LANG often names a locale the server lacks (en_US.UTF-8 on a minimal
      // system): the terminal is still UTF-8, and glibc always has C.UTF-8.
      _ = mss_setlocale_ctype_named("C.UTF-8")
    }
    let utf8 = mss_codeset().map { TerminalCheck.isUTF8(codeset: String(cString: $0)) } ?? false

    var modes = termios()
    let hasModes = tcgetattr(STDOUT_FILENO, &modes) == 0

    let signals = SignalEvents()
    signals.install()

    guard let (output, input) = openTerminalFiles() else {
      signals.restore()
      return .failure(TerminalUnavailable(reason: "cannot open the terminal"))
    }
    let outputFD = fileno(output)
    // The kernel's size, not a LINES/COLUMNS left exported in the environment, as resizes
    // follow the kernel's size too (`updateSize`). use_env(false) alone would mean terminfo's
    // fixed size; with use_tioctl(true) it means the window's.
    use_env(false)
    use_tioctl(true)
    guard let screen = newterm(nil, output, input) else {
      fclose(output)
      fclose(input)
      signals.restore()
      return .failure(TerminalUnavailable(reason: TerminalCheck.unknownTerminal(termName)))
    }
    guard mss_tigetstr("cup") != nil, let window = mss_stdscr() else {
      endwin()
      delscreen(screen)
      fclose(output)
      fclose(input)
      signals.restore()
      return .failure(TerminalUnavailable(reason: TerminalCheck.noCursorAddressing(termName)))
    }
    leaveInitialState()
    CrashGuard.arm(
      terminalFD: outputFD, modes: hasModes ? modes : nil, resetSequence: crashResetSequence())

    cbreak()
    noecho()
    nonl()
    intrflush(window, false)
    keypad(window, true)
    set_escdelay(25)
    // No typeahead check: doupdate would stop half-way when a key is pending and finish only
    // at the next doupdate, which never comes if that key changes nothing on screen.
    typeahead(-1)
    curs_set(0)
    mousemask(mss_mouse_events(), nil)
    // Report presses at once instead of waiting to see whether they become clicks.
    mouseinterval(0)

    let capability = startColors(settings.colorChoice)
    let terminal = Terminal(
      screen: screen, window: window, files: (output, input), signals: signals, utf8: utf8,
      asciiOnly: !utf8 || settings.asciiRequested, capability: capability)
    terminal.stderrCapture.start()
    return .success(terminal)
  }

  /// ncurses 6.4 flushes its output buffer at every cursor move until the screen has been
  /// through endwin once (`_nc_mvcur` while `_endwin == ewInitial`), so each frame left in one
  /// write(2) per move: 69 for the first frame at 100×30, each a packet of its own over SSH.
  /// One endwin and doupdate, before anything is drawn or any mode is set, takes it to its
  /// running state, and a frame then leaves in as few writes as its buffer allows. The cost
  /// is about 80 bytes once: the alternate screen left and entered again, with nothing on it.
  private static func leaveInitialState() {
    endwin()
    doupdate()
  }

  /// Streams for newterm on duplicates of stdout and stdin, so closing them at the end leaves
  /// the process's own descriptors open (the snapshot fallback still prints to stdout).
  private static func openTerminalFiles() -> (
    UnsafeMutablePointer<FILE>, UnsafeMutablePointer<FILE>
  )? {
    let outputFD = dup(STDOUT_FILENO)
    guard outputFD >= 0 else { return nil }
    guard let output = fdopen(outputFD, "w") else {
      close(outputFD)
      return nil
    }
    let inputFD = dup(STDIN_FILENO)
    guard inputFD >= 0, let input = fdopen(inputFD, "r") else {
      if inputFD >= 0 { close(inputFD) }
      fclose(output)
      return nil
    }
    return (output, input)
  }

  /// The colour depth is the lowest of what the environment and `--color` allow and what
  /// terminfo reports; no colour at all means attributes only.
  private static func startColors(_ choice: ColorChoice) -> ColorPalette.Capability {
    let wanted = ColorDepth.detect(
      environment: ["TERM", "COLORTERM", "NO_COLOR"].reduce(into: [:]) { $0[$1] = environment($1) },
      choice: choice)
    guard wanted != .none, has_colors() else {
      return ColorPalette.Capability(depth: .none, pairLimit: 0, defaultColors: false)
    }
    start_color()
    let defaultColors = use_default_colors() == OK
    return ColorPalette.Capability(
      depth: min(wanted, ColorDepth(colorCount: Int(mss_colors()))),
      pairLimit: Int(mss_color_pairs()),
      defaultColors: defaultColors)
  }

  /// What endwin would write, captured now because endwin cannot run in a crash handler.
  private static func crashResetSequence() -> [UInt8] {
    var bytes: [UInt8] = []
    for capability in ["sgr0", "cnorm", "rmkx"] {
      if let value = mss_tigetstr(capability) { bytes += Array(String(cString: value).utf8) }
    }
    // Mouse reporting (normal and SGR modes) is on whenever the terminal has a mouse key.
    if mss_tigetstr("kmous") != nil { bytes += Array("\u{1B}[?1006l\u{1B}[?1000l".utf8) }
    if let value = mss_tigetstr("rmcup") { bytes += Array(String(cString: value).utf8) }
    return bytes
  }

  /// Gives the terminal back as it was: endwin (modes, cursor, mouse, normal screen), the
  /// held stderr, the crash and signal handlers. Safe to call twice.
  func stop() {
    guard isOpen else { return }
    isOpen = false
    if mss_tigetstr("rmcup") == nil {
      // No alternate screen (the Linux console): the dashboard would stay behind with the
      // shell's prompt written over its last line. Leave a clean screen instead.
      werase(window)
      wnoutrefresh(window)
      doupdate()
    }
    endwin()
    stderrCapture.stop()
    CrashGuard.disarm()
    delscreen(screen)
    fclose(output)
    fclose(input)
    signals.restore()
  }
}

/// Why there is no interactive session; one line.
struct TerminalUnavailable: Error {
  let reason: String
}

/// An environment variable; nil when unset or empty (an empty LC_ALL does not override LANG).
private func environment(_ name: String) -> String? {
  guard let value = getenv(name), value.pointee != 0 else { return nil }
  return String(cString: value)
}
