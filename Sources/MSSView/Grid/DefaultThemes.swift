/// The theme used when none is chosen: the built-in `default` from Themes/default.yaml.
public enum DefaultThemes {
  public static let dark: Theme = BuiltinThemes.theme(named: "default") ?? fallbackDark

  /// Used only if the built-in file failed to parse, which a test rules out; kept so that even
  /// then the dashboard draws rather than crashes.
  static let fallbackDark = Theme(
    name: "default",
    styles: [
      .text: Style(), .muted: Style(.indexed(8)), .title: Style(.indexed(14), bold: true),
      .border: Style(.indexed(8)), .focusBorder: Style(.indexed(14), bold: true),
      .accent: Style(.indexed(11)), .header: Style(.indexed(15), on: .indexed(4), bold: true),
      .pledged: Style(.indexed(8)), .deployed: Style(.indexed(10)), .planned: Style(.indexed(3)),
      .warning: Style(.indexed(11), bold: true), .conflict: Style(.indexed(9), bold: true),
      .selection: Style(.indexed(0), on: .indexed(14)),
      .banner: Style(.indexed(15), on: .indexed(1), bold: true),
      .mandate: Style(.indexed(12)), .deployment: Style(.indexed(10)),
      .violence: Style(.indexed(9)),
      .diplomacy: Style(.indexed(13)), .humanitarian: Style(.indexed(11)),
      .funding: Style(.indexed(6)),
    ],
    description: "Built-in fallback", appearance: .dark)
}
