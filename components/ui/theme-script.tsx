export const THEME_CHOICES = ["light", "dark", "system"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export const THEME_STORAGE_KEY = "theme";

// Runs in <head> before the body is parsed, so the first paint already has the stored theme
// (no flash). "system" leaves the colours to prefers-color-scheme (app/globals.css).
const SCRIPT = `(function(){var t="system";try{var s=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(s==="light"||s==="dark")t=s}catch(e){}document.documentElement.dataset.theme=t})();`;

/** The inline script that applies the stored theme choice before the first paint. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
