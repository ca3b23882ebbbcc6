import MSSCore
import MSSView

/// The interactive loop: wait for keys, signals or a tick; turn them into actions; apply them to
/// the model; draw only when the grid changed. Nothing is written while nothing changes.
@MainActor
struct EventLoop {
  private(set) var model: AppModel
  private let terminal: Terminal
  private let options: TerminalOptions
  private let themes: [Theme]
  private var themeIndex = 0
  private let reload: () -> Result<Dataset, Diagnostic>
  private var shownGrid: Grid?
  private var repaintEverything = false
  private var finished = false

  init(
    model: AppModel, terminal: Terminal, theme: Theme, options: TerminalOptions,
    reload: @escaping () -> Result<Dataset, Diagnostic>
  ) {
    self.model = model
    self.terminal = terminal
    self.options = options
    // The starting theme first, then the others `t` cycles through.
    self.themes = [theme] + options.themes.filter { $0 != theme }
    self.reload = reload
  }

  mutating func run() {
    if terminal.asciiOnly { model.glyphs = .ascii }
    applyTheme()
    model.resize(width: terminal.width, height: terminal.height)
    render()
    var ticks = options.tickMilliseconds.map { TickSchedule(milliseconds: $0) }
    while !finished {
      for event in terminal.nextEvents(timeout: ticks?.millisecondsToNext() ?? -1) {
        handle(event)
        if finished { return }
      }
      // By the clock, not by poll timing out: keys arriving faster than the interval must
      // not hold the kiosk's rotation back.
      if ticks?.isDue() == true { options.onTick?(&model) }
      render()
    }
  }

  private var keyMode: KeyMode {
    if model.kiosk { return .kiosk(locked: options.lockKeys) }
    return model.filter.editing ? .filtering : .browsing
  }

  private mutating func handle(_ event: TerminalEvent) {
    switch event {
    case .hangup, .signal(.terminate):
      finished = true
    case .signal(.resize), .signal(.resumed), .key(.resize):
      resize()
    case .key(let key):
      guard let action = KeyMap.action(for: key, mode: keyMode) else { return }
      perform(model.apply(action))
    }
  }

  /// A resize re-lays out at once; in a storm each step draws the size it finds, so the
  /// last one drawn is the final size.
  private mutating func resize() {
    guard terminal.updateSize() else { return }
    model.resize(width: terminal.width, height: terminal.height)
    repaintEverything = true
    render()
  }

  private mutating func perform(_ effect: Effect) {
    switch effect {
    case .none:
      break
    case .quit:
      finished = true
    case .redrawAll:
      repaintEverything = true
    case .cycleTheme:
      themeIndex = (themeIndex + 1) % themes.count
      applyTheme()
    case .reload:
      switch reload() {
      case .success(let dataset):
        model.replaceDataset(dataset)
        model.banner = nil
      case .failure(let diagnostic):
        // The last good data stays on screen; the banner says why it was not replaced.
        model.banner = "Reload failed, showing the previous data: \(diagnostic.description)"
      }
    }
  }

  private mutating func applyTheme() {
    let theme = themes[themeIndex]
    terminal.use(theme)
    model.themeName = theme.name
    repaintEverything = true
  }

  /// Draws if the grid differs from what is on screen (or a full repaint is due).
  private mutating func render() {
    let grid = Dashboard.render(model, width: terminal.width, height: terminal.height)
    guard repaintEverything || grid != shownGrid else { return }
    terminal.draw(grid, everything: repaintEverything)
    shownGrid = grid
    repaintEverything = false
  }
}

/// When the next tick is due, on the monotonic clock (a wall-clock jump does not matter).
struct TickSchedule {
  let interval: Duration
  private var next: ContinuousClock.Instant

  init(milliseconds: Int) {
    interval = .milliseconds(max(10, milliseconds))
    next = ContinuousClock.now + interval
  }

  /// For poll: 0 when due, rounded up so a wait never ends just before the tick.
  func millisecondsToNext() -> Int32 {
    let remaining = ContinuousClock.now.duration(to: next)
    guard remaining > .zero else { return 0 }
    let (seconds, attoseconds) = remaining.components
    let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    return Int32(clamping: milliseconds)
  }

  /// True once per interval; after a long stall (a suspended process) it does not catch up
  /// with a burst of ticks.
  mutating func isDue() -> Bool {
    let now = ContinuousClock.now
    guard now >= next else { return false }
    next += interval
    if next <= now { next = now + interval }
    return true
  }
}
