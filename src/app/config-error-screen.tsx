/** Shown before i18n and providers exist, so it is bilingual by hand. */
export function ConfigErrorScreen({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="config-error" role="alert">
      <h1>配置文件有误，无法启动 · The configuration is invalid</h1>
      <p>
        <code>{message}</code>
      </p>
      <p>
        请检查部署目录中的 config.json（见 docs/connect-your-api.md）。Check config.json in the deployed
        folder.
      </p>
    </div>
  );
}
