import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, DEFAULT_PORT, defaultSqlitePath, loadConfig, loadStoreConfig } from './config.js';

describe('loadConfig', () => {
  it('uses safe defaults with an empty environment', () => {
    const result = loadConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.port).toBe(DEFAULT_PORT);
    expect(result.value.host).toBe(DEFAULT_HOST);
    expect(result.value.sqlitePath).toBe(defaultSqlitePath());
    expect(result.value.databaseUrl).toBeUndefined();
    expect(result.value.logLevel).toBe('info');
    expect(Object.isFrozen(result.value)).toBe(true);
  });

  it('puts the default database under the home folder', () => {
    expect(defaultSqlitePath('/home/sam')).toBe(path.join('/home/sam', '.debrief', 'debrief.db'));
  });

  it('reads every variable', () => {
    const result = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DEBRIEF_DB: '/tmp/x/debrief.db',
      DATABASE_URL: 'postgres://u@h/db',
      LOG_LEVEL: 'WARN',
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        port: 8080,
        host: '0.0.0.0',
        sqlitePath: '/tmp/x/debrief.db',
        databaseUrl: 'postgres://u@h/db',
        logLevel: 'warn',
      },
    });
  });

  it.each(['abc', '-1', '65536', '80.5', '3000x'])('refuses PORT=%s, naming it', (port) => {
    const result = loadConfig({ PORT: port });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.variable).toBe('PORT');
    expect(result.error.message).toContain(port);
  });

  it('refuses an unknown LOG_LEVEL', () => {
    const result = loadConfig({ LOG_LEVEL: 'loud' });
    expect(result.ok ? undefined : result.error.variable).toBe('LOG_LEVEL');
  });

  it('treats blank values as unset', () => {
    const result = loadConfig({ PORT: ' ', DATABASE_URL: '' });
    expect(result.ok && result.value.port).toBe(DEFAULT_PORT);
    expect(result.ok && result.value.databaseUrl).toBeUndefined();
  });
});

describe('loadStoreConfig', () => {
  it('reads only where the record is, so a bad server setting does not stop the CLI', () => {
    const env = { PORT: 'x', LOG_LEVEL: 'loud', DEBRIEF_DB: 'here.db' };
    expect(loadConfig(env).ok).toBe(false);
    expect(loadStoreConfig(env)).toEqual({ sqlitePath: path.resolve('here.db') });
    expect(loadStoreConfig({ DATABASE_URL: 'postgres://h/d' })).toMatchObject({
      databaseUrl: 'postgres://h/d',
    });
  });
});
