import MSSCore
import MSSView

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The session driver for live data and, in kiosk mode, the clock, rotation and history.
/// Everything here runs on the main thread and only when something is due: the clock once a
/// minute, a rotation step every `--rotate` seconds, the banner's age once a minute while a
/// bad update is shown, and whatever the live feed reports through its pipe.
@MainActor
public final class LiveSession: SessionDriver {
  private let feed: LiveFeed?
  private let kiosk: KioskSettings?
  /// When the data on screen was loaded; nil when it is the built-in fallback.
  private var loaded: DataAge.Loaded?
  /// Why the last update was not used; nil when the screen is current.
  private var problem: Diagnostic?
  /// A standing warning for the banner (a theme or config problem) when there is no problem.
  private let warning: String?

  private var clockDeadline: ContinuousClock.Instant?
  private var bannerDeadline: ContinuousClock.Instant?
  private var rotation: TickSchedule?
  private var plan = RotationPlan()
  private var history: TickSchedule?

  /// `problem`: the start-up load failed and the screen shows the built-in data instead.
  public init(
    feed: LiveFeed?, kiosk: KioskSettings?, startupProblem: Diagnostic? = nil,
    warning: String? = nil
  ) {
    self.feed = feed
    self.kiosk = kiosk
    self.warning = warning
    problem = startupProblem
    loaded = startupProblem == nil ? Self.wallClock() : nil
  }

  public var wakeDescriptor: Int32? { feed?.wakeDescriptor }

  public func start(_ model: inout AppModel) {
    if let kiosk {
      updateClock(&model)
      if kiosk.history {
        model.setAsOf(HistoryPlan.start(model.dataset, today: model.today))
        history = TickSchedule(interval: kiosk.rotate ?? kiosk.historyStep)
      }
      if let rotate = kiosk.rotate {
        RotationPlan.apply(plan.next(for: model), to: &model)
        rotation = TickSchedule(interval: rotate)
      }
    }
    updateBanner(&model)
    feed?.start()
  }

  public func nextDeadline() -> ContinuousClock.Instant? {
    [clockDeadline, bannerDeadline, rotation?.deadline, history?.deadline].compactMap { $0 }.min()
  }

  public func update(_ model: inout AppModel, woken: Bool) -> Bool {
    let before = (model.clock, model.banner, model.asOf)
    // A rotation step may change only a selection, which the tuple above does not see.
    var changed = false
    if woken, let feed {
      for update in feed.takeUpdates() {
        switch update {
        case .loaded(let fresh):
          model.replaceDataset(fresh.dataset)
          loaded = Self.wallClock()
          problem = nil
          changed = true
        case .failed(let diagnostic):
          problem = diagnostic
        case .current:
          if loaded != nil { problem = nil }
        }
      }
    }
    let now = ContinuousClock.now
    if let deadline = clockDeadline, now >= deadline { updateClock(&model) }
    if rotation?.isDue() == true {
      RotationPlan.apply(plan.next(for: model), to: &model)
      changed = true
    }
    if history?.isDue() == true {
      if let next = HistoryPlan.next(after: model.asOf, in: model.dataset, today: model.today) {
        model.setAsOf(next)
      } else {
        history = nil  // holding on today from now on
      }
    }
    updateBanner(&model)
    return changed || before != (model.clock, model.banner, model.asOf)
  }

  public func reload(_ model: inout AppModel) {
    feed?.refresh()
  }

  public func finish() {
    // Not waiting: a poll stuck on a slow server must not hold up the exit.
    feed?.stop(waiting: false)
  }

  // MARK: Clock and banner

  /// The clock, and the day: a kiosk up for weeks moves "today" on at midnight, and the
  /// as-of date with it when it was showing today.
  private func updateClock(_ model: inout AppModel) {
    let time = WallTime.now()
    model.clock = ClockText.format(time)
    if time.day != model.today {
      let holdingToday = model.asOf == model.today && history == nil
      model.today = time.day
      if holdingToday { model.setAsOf(time.day) }
    }
    // A little past the minute, so the new minute is surely there.
    clockDeadline =
      ContinuousClock.now + .seconds(ClockText.secondsToNextMinute(time)) + .milliseconds(20)
  }

  private func updateBanner(_ model: inout AppModel) {
    guard let problem else {
      model.banner = warning
      bannerDeadline = nil
      return
    }
    let now = Self.wallClock()
    model.banner = DataAge.banner(
      problem: problem, loaded: loaded, now: now.seconds, today: now.time.day)
    if let loaded {
      let wait = DataAge.secondsToNextChange(age: now.seconds - loaded.seconds)
      bannerDeadline = ContinuousClock.now + .seconds(wait) + .milliseconds(20)
    } else {
      bannerDeadline = nil
    }
  }

  private static func wallClock() -> DataAge.Loaded {
    DataAge.Loaded(seconds: Int(time(nil)), time: WallTime.now())
  }
}
