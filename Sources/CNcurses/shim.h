#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

/* Must precede curses.h: without it cchar_t, setcchar and the wide API are compiled out. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif
#include <ncursesw/curses.h>

/* Macros built with NCURSES_BITS() do not import into Swift. */
static inline attr_t mss_a_normal(void) { return A_NORMAL; }
static inline attr_t mss_a_bold(void) { return A_BOLD; }
static inline attr_t mss_a_dim(void) { return A_DIM; }
static inline attr_t mss_a_underline(void) { return A_UNDERLINE; }
static inline attr_t mss_a_reverse(void) { return A_REVERSE; }
static inline attr_t mss_a_italic(void) { return A_ITALIC; }

/* Mutable C globals: Swift 6 rejects direct use. */
static inline WINDOW *mss_stdscr(void) { return stdscr; }
static inline int mss_lines(void) { return LINES; }
static inline int mss_cols(void) { return COLS; }
static inline int mss_colors(void) { return COLORS; }
static inline int mss_color_pairs(void) { return COLOR_PAIRS; }

/* ACS_HLINE reads the mutable acs_map: 'q' with A_ALTCHARSET when the terminal has line
   drawing, '-' when it has none. Split into the character and its attributes. */
static inline unsigned int mss_acs_hline_char(void) { return (unsigned int)(ACS_HLINE & A_CHARTEXT); }
static inline attr_t mss_acs_hline_attributes(void) { return (attr_t)(ACS_HLINE & A_ATTRIBUTES); }
static inline attr_t mss_a_altcharset(void) { return A_ALTCHARSET; }

/* Mouse masks are macro expressions. */
static inline mmask_t mss_mouse_events(void) {
  return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline mmask_t mss_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t mss_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t mss_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t mss_wheel_down(void) { return BUTTON5_PRESSED; }
static inline int mss_is_button1(mmask_t m) { return (m & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int mss_is_wheel_up(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int mss_is_wheel_down(mmask_t m) { return (m & BUTTON5_PRESSED) != 0; }

/* Terminfo strings: NULL when absent or not a string capability (tigetstr's (char *)-1). */
static inline const char *mss_tigetstr(const char *name) {
  char *value = tigetstr(name);
  return (value == NULL || value == (char *)-1) ? NULL : value;
}

/* The kernel's idea of the terminal size; 0 on success. */
static inline int mss_window_size(int fd, int *rows, int *cols) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
  *rows = size.ws_row;
  *cols = size.ws_col;
  return 0;
}

/* wcwidth is declared only under _XOPEN_SOURCE, which SwiftPM will not pass; curses counts
   columns with it, so the front end must too. */
extern int wcwidth(wchar_t c);
static inline int mss_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* A file with no name, in memory (Linux's memfd_create, which Glibc's Swift module does not
   declare); -1 where there is none. Holding stderr in one touches no file system at all. */
static inline int mss_memfd_cloexec(const char *name) {
#if defined(__linux__) && defined(SYS_memfd_create)
  return (int)syscall(SYS_memfd_create, name, 1u /* MFD_CLOEXEC */);
#else
  (void)name;
  return -1;
#endif
}

/* Locale: the Swift overlay for setlocale/nl_langinfo is awkward under strict concurrency. */
/* Only the character set: it is all ncurses and wcwidth read, and LC_ALL would load a dozen
   locale files at every start for categories nothing here uses. */
static inline int mss_setlocale_ctype(void) { return setlocale(LC_CTYPE, "") != NULL; }
static inline int mss_setlocale_ctype_named(const char *name) {
  return setlocale(LC_CTYPE, name) != NULL;
}
static inline const char *mss_codeset(void) { return nl_langinfo(CODESET); }

#endif
