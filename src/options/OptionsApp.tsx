/**
 * Settings page: the hide-with-a-click rules per site (view, delete, export, import) and the sites where
 * clutter removal was switched away from the default.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { rulesBySite } from '../rules/merge';
import type { SiteRule } from '../rules/rule';
import { deleteRule, loadRules, onRulesChanged } from '../rules/store';
import { loadSettings, updateSettings, type Settings } from '../shared/settings';
import { useTheme } from '../ui/use-theme';
import { download } from '../ui/download';
import { exportRules, importRulesFile, type ImportOutcome } from './rules-file';

const BASIS: Record<SiteRule['basis'], string> = { id: 'by id', names: 'by class or data name', scoped: 'by name, inside a named box', structural: 'by position in the page' };

/** The page a rule was made on, without its scheme, and marked as cut when it is too long for the line. */
function shortUrl(url: string): string {
  const shown = url.replace(/^https?:\/\//, '');
  return shown.length > 60 ? `${shown.slice(0, 59)}…` : shown;
}

function RuleRow({ rule }: { rule: SiteRule }) {
  return (
    <li class="rule">
      <div class="rule-main">
        <p class="rule-sample">{rule.sample || '(no text)'}</p>
        <p class="rule-meta">
          <code>{rule.selector}</code> · {BASIS[rule.basis]} · made {new Date(rule.createdAt).toLocaleDateString()} on{' '}
          <a href={rule.exampleUrl} target="_blank" rel="noopener noreferrer">
            {shortUrl(rule.exampleUrl)}
          </a>
        </p>
      </div>
      <button type="button" class="delete-rule" aria-label={`Delete rule: ${(rule.sample || rule.selector).slice(0, 40)}`} onClick={() => void deleteRule(rule.id)}>
        Delete
      </button>
    </li>
  );
}

export function OptionsApp() {
  const [rules, setRules] = useState<SiteRule[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useTheme(settings);

  useEffect(() => {
    const refresh = () => void loadRules().then(setRules);
    refresh();
    void loadSettings().then(setSettings);
    return onRulesChanged(refresh);
  }, []);

  const onFile = async () => {
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    setOutcome(await importRulesFile(file));
    fileInput.current!.value = '';
  };

  const sites = rules ? rulesBySite(rules) : [];
  const siteClean = Object.entries(settings?.siteClean ?? {}).sort(([a], [b]) => a.localeCompare(b));

  return (
    <main class="options-page">
      <h1>Clearpage Reader settings</h1>

      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">Hidden blocks, per site</h2>
        <p class="help">
          Blocks you hid with “Hide blocks” in the reader. Each rule hides that block on every page of its site, when you open the reader there. Rules never hide the article text itself.
        </p>
        <div class="actions">
          <button type="button" class="export" disabled={!rules?.length} onClick={() => rules && download(exportRules(rules))}>
            Export rules
          </button>
          <label class="import button-like">
            Import rules…
            <input ref={fileInput} type="file" accept="application/json,.json" class="sr-only" onChange={() => void onFile()} />
          </label>
        </div>
        {outcome && (
          <p class={outcome.ok ? 'outcome ok' : 'outcome error'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.message}
          </p>
        )}
        {rules && sites.length === 0 && <p class="empty">No rules yet. Open the reader on a page, choose “Hide blocks” and click a block.</p>}
        {sites.map(([site, list]) => (
          <section class="site" key={site} aria-label={site}>
            <h3>
              {site} <span class="count">{list.length} rule{list.length === 1 ? '' : 's'}</span>
            </h3>
            <ul class="rules">
              {list.map((rule) => (
                <RuleRow key={rule.id} rule={rule} />
              ))}
            </ul>
          </section>
        ))}
      </section>

      <section aria-labelledby="clean-heading">
        <h2 id="clean-heading">Clutter removal, per site</h2>
        <p class="help">Clutter removal is {settings?.cleanByDefault === false ? 'off' : 'on'} by default. Sites where you switched it in the reader:</p>
        {siteClean.length === 0 ? (
          <p class="empty">None.</p>
        ) : (
          <ul class="site-clean">
            {siteClean.map(([host, on]) => (
              <li key={host}>
                <span>
                  {host}: <b>{on ? 'on' : 'off'}</b>
                </span>
                <button
                  type="button"
                  onClick={() =>
                    void updateSettings((s) => {
                      const next = { ...s.siteClean };
                      delete next[host];
                      return { ...s, siteClean: next };
                    }).then(setSettings)
                  }
                >
                  Use the default
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
