// Static checks of deploy/kubernetes against the code and the other deployment files: every file
// parses and is listed in the kustomization, probes call routes the api really serves, the
// migration Job runs compose's migrate command, settings are documented in .env.example, images are
// Dockerfile targets, and every reference (Service → pods, Ingress → Service, PDB, PVC, ConfigMap,
// Secret) points at something that exists. No cluster and no kubectl needed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const root = join(__dirname, '..');
const dir = join(root, 'deploy/kubernetes');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/* eslint-disable @typescript-eslint/no-explicit-any -- Kubernetes objects: checked field by field below */
type K8s = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: any };
  [k: string]: any;
};

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const SECRET_TEMPLATE = 'secret.template.yaml';

function docs(file: string): K8s[] {
  const parsed = parseAllDocuments(readFileSync(join(dir, file), 'utf8'));
  for (const d of parsed)
    if (d.errors.length) throw new Error(`${file}: ${d.errors.map((e) => e.message).join('; ')}`);
  return parsed.map((d) => d.toJS() as K8s).filter(Boolean);
}

const kustomization = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as {
  resources: string[];
  images: { name: string }[];
};
const applied = kustomization.resources.flatMap(docs);
const secret = docs(SECRET_TEMPLATE)[0];
const all = [...applied, secret];
const byKind = (kind: string) => applied.filter((o) => o.kind === kind);
const named = (kind: string, name: string) => {
  const found = applied.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
};
const deployments = byKind('Deployment');
const job = named('Job', 'sixcan-migrate');
const podSpecs = [...deployments, job].map((o) => ({ name: o.metadata.name, spec: o.spec.template.spec }));
const containers = podSpecs.flatMap((p) => p.spec.containers.map((c: any) => ({ pod: p.name, ...c })));

/** Routes of a Nest controller from its source: `@Controller('health')` + `@Get('ready')` → /health/ready. */
function controllerRoutes(path: string): string[] {
  const source = read(path);
  const base = /@Controller\('([^']*)'\)/.exec(source)?.[1];
  if (base === undefined) throw new Error(`${path} declares no controller`);
  return [...source.matchAll(/@(?:Get|Post)\('([^']*)'\)/g)].map((m) =>
    `/${base}/${m[1]}`.replace(/\/+$/, ''),
  );
}
const apiRoutes = controllerRoutes('libs/server/core/src/health/health.controller.ts');
const compose = parse(read('docker-compose.yml')) as { services: Record<string, any> };
const dockerTargets = [...read('Dockerfile').matchAll(/^FROM\s+\S+\s+AS\s+(\S+)/gim)].map((m) => m[1]);
const documentedEnv = new Set(
  [...read('.env.example').matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]),
);

describe('deploy/kubernetes', () => {
  it('parses, lists every manifest in kustomization.yaml and leaves the Secret template out', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(() => docs(f)).not.toThrow();
    expect([...kustomization.resources].sort()).toEqual(
      files.filter((f) => f !== 'kustomization.yaml' && f !== SECRET_TEMPLATE),
    );
    expect(kustomization.resources).not.toContain(SECRET_TEMPLATE);
  });

  it('is namespace-agnostic', () => {
    for (const o of all)
      expect(`${o.kind}/${o.metadata.name}: ${o.metadata.namespace ?? '-'}`).toMatch(/: -$/);
  });

  it('runs at least two replicas of api, worker and web, one new pod at a time', () => {
    for (const name of ['sixcan-api', 'sixcan-worker', 'sixcan-web']) {
      const d = named('Deployment', name);
      expect(d.spec.replicas).toBeGreaterThanOrEqual(2);
      expect(d.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
      expect(d.spec.template.metadata.labels).toMatchObject(d.spec.selector.matchLabels);
    }
  });

  it('probes the api on the routes its health controller serves', () => {
    expect(apiRoutes).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
    const api = named('Deployment', 'sixcan-api').spec.template.spec.containers[0];
    expect(api.readinessProbe.httpGet.path).toBe('/health/ready');
    expect(api.livenessProbe.httpGet.path).toBe('/health/live');
    expect(api.startupProbe.httpGet.path).toBe('/health/live');
    // A liveness check that depends on PostgreSQL or Redis would restart every pod during an outage.
    expect(api.livenessProbe.httpGet.path).not.toBe('/health/ready');
    const nginx = read('apps/web/nginx.conf');
    for (const c of containers)
      for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
        const path = c[probe]?.httpGet?.path as string | undefined;
        if (!path) continue;
        if (c.pod === 'sixcan-web') expect(nginx).toContain(`location = ${path} `);
        else expect(apiRoutes).toContain(path);
        const port = c[probe].httpGet.port;
        expect(c.ports.map((p: any) => p.name)).toContain(port);
      }
  });

  it('gives the worker no probe: it serves no HTTP', () => {
    expect(read('apps/worker/src/main.ts')).toContain('createApplicationContext');
    const worker = named('Deployment', 'sixcan-worker').spec.template.spec.containers[0];
    expect(worker.ports).toBeUndefined();
    expect(worker.readinessProbe ?? worker.livenessProbe ?? worker.startupProbe).toBeUndefined();
  });

  it('drains the api before SIGTERM and waits for its graceful shutdown', () => {
    const pod = named('Deployment', 'sixcan-api').spec.template.spec;
    const [command, seconds] = pod.containers[0].lifecycle.preStop.exec.command;
    expect(command).toBe('sleep');
    const grace = Number.parseInt(compose.services.api.stop_grace_period, 10);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(Number(seconds) + grace);
    const workerGrace = Number.parseInt(compose.services.worker.stop_grace_period, 10);
    expect(
      named('Deployment', 'sixcan-worker').spec.template.spec.terminationGracePeriodSeconds,
    ).toBeGreaterThanOrEqual(workerGrace);
  });

  it('runs the migration Job with the command of compose’s migrate service and the api image', () => {
    const [c] = job.spec.template.spec.containers;
    expect(c.command).toEqual(compose.services.migrate.command);
    expect(compose.services.migrate.build).toEqual(compose.services.api.build);
    expect(c.image).toBe('sixcan/api');
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
    expect(job.metadata.labels['app.kubernetes.io/component']).toBe('migrate');
  });

  it('uses the Dockerfile targets as images, the same as compose', () => {
    const images = new Set(containers.map((c) => c.image as string));
    expect([...images].sort()).toEqual(['sixcan/api', 'sixcan/web', 'sixcan/worker']);
    for (const image of images) expect(dockerTargets).toContain(image.replace('sixcan/', ''));
    for (const d of deployments) {
      const target = d.metadata.labels['app.kubernetes.io/component'];
      expect(d.spec.template.spec.containers[0].image).toBe(`sixcan/${target}`);
      expect(compose.services[target].image).toMatch(new RegExp(`^sixcan/${target}:`));
    }
    expect(kustomization.images.map((i) => i.name).sort()).toEqual([...images].sort());
  });

  it('sets only documented variables, secrets in the Secret and the rest in the ConfigMap', () => {
    const config = named('ConfigMap', 'sixcan-config');
    const secretKeys = Object.keys(secret.stringData).sort();
    expect(secretKeys).toEqual(['AUTH_SECRET', 'DATABASE_URL', 'REDIS_URL', 'SMTP_URL']);
    for (const value of Object.values(secret.stringData)) expect(value).toContain('CHANGE-ME');
    for (const key of [...Object.keys(config.data), ...secretKeys]) expect(documentedEnv).toContain(key);
    for (const key of secretKeys) expect(Object.keys(config.data)).not.toContain(key);
    for (const value of Object.values(config.data)) expect(typeof value).toBe('string');
    for (const c of containers.filter((x) => x.pod !== 'sixcan-web')) {
      expect(c.envFrom).toEqual([
        { configMapRef: { name: 'sixcan-config' } },
        { secretRef: { name: secret.metadata.name } },
      ]);
      for (const e of c.env ?? []) expect(documentedEnv).toContain(e.name);
    }
  });

  it('mounts STORAGE_DIR from one ReadWriteMany claim in every api and worker pod', () => {
    const claim = named('PersistentVolumeClaim', 'sixcan-files');
    expect(claim.spec.accessModes).toEqual(['ReadWriteMany']);
    const storageDir = named('ConfigMap', 'sixcan-config').data.STORAGE_DIR;
    for (const name of ['sixcan-api', 'sixcan-worker']) {
      const pod = named('Deployment', name).spec.template.spec;
      const volume = pod.volumes.find((v: any) => v.persistentVolumeClaim?.claimName === 'sixcan-files');
      expect(pod.containers[0].volumeMounts).toContainEqual({ name: volume.name, mountPath: storageDir });
    }
  });

  it('runs api, worker and migrations as non-root on a read-only root filesystem', () => {
    for (const p of podSpecs.filter((x) => x.name !== 'sixcan-web')) {
      expect(p.spec.securityContext.runAsNonRoot).toBe(true);
      for (const c of p.spec.containers) {
        expect(c.securityContext).toMatchObject({
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
        });
        expect(c.resources.requests).toBeDefined();
        expect(c.resources.limits.memory).toBeDefined();
      }
    }
    const web = named('Deployment', 'sixcan-web').spec.template.spec.containers[0];
    expect(web.securityContext.readOnlyRootFilesystem).toBe(true);
  });

  it('routes Services, the Ingress and the PDB to pods that exist', () => {
    const podLabels = (name: string) => named('Deployment', name).spec.template.metadata.labels;
    for (const s of byKind('Service')) {
      const d = named('Deployment', s.metadata.name);
      expect(podLabels(d.metadata.name)).toMatchObject(s.spec.selector);
      const ports = d.spec.template.spec.containers[0].ports.map((p: any) => p.name);
      for (const p of s.spec.ports) expect(ports).toContain(p.targetPort);
    }
    const pdb = named('PodDisruptionBudget', 'sixcan-api');
    expect(podLabels('sixcan-api')).toMatchObject(pdb.spec.selector.matchLabels);
    expect(pdb.spec.minAvailable).toBeLessThan(named('Deployment', 'sixcan-api').spec.replicas);

    const routes = byKind('Ingress').flatMap((i) =>
      i.spec.rules.flatMap((r: any) => r.http.paths.map((p: any) => [p.path, p.backend.service])),
    );
    const backend = (path: string) => routes.find(([p]) => p === path)?.[1];
    expect(backend('/graphql')?.name).toBe('sixcan-api');
    expect(backend('/files')?.name).toBe('sixcan-api');
    expect(backend('/')?.name).toBe('sixcan-web');
    expect(read('apps/api/src/graphql.options.ts')).toContain("path: '/graphql'");
    expect(read('libs/server/core/src/storage/files.controller.ts')).toContain("@Controller('files')");
    for (const [, service] of routes) {
      const s = named('Service', service.name);
      expect(s.spec.ports.map((p: any) => p.name)).toContain(service.port.name);
    }
  });
});
