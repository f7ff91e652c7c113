// Validates every document of every YAML file in ops/k8s (or the files / folders given, or "-"
// for standard input, e.g. `kubectl kustomize ops/k8s | node validate-manifests.mjs -`) against
// the Kubernetes OpenAPI schemas of the npm package kubernetes-models: the model is picked by
// apiVersion and kind, its validate() checks types, required fields and formats. The schemas
// accept unknown fields (the API server would drop or refuse them), so a typo such as
// `replica: 3` would pass: every field is also looked up in the models' type declarations.
// Prints one line per document, OK or the errors; exits 1 on any error.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const models = join(here, "node_modules", "kubernetes-models");
const apimachinery = join(here, "node_modules", "@kubernetes-models", "apimachinery");

// ---- the type declarations: interface name -> { field: type text } ----------------------------
function declarationFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : declarationFiles(path);
    return name.endsWith(".d.ts") ? [path] : [];
  });
}

function interfacesOf(text) {
  const found = new Map();
  const source = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  const header = /export interface (\w+)(?:\s+extends\s+[^{]+)?\s*\{/g;
  let match;
  while ((match = header.exec(source))) {
    let depth = 1, i = header.lastIndex;
    for (; i < source.length && depth > 0; i++) depth += source[i] === "{" ? 1 : source[i] === "}" ? -1 : 0;
    const body = source.slice(header.lastIndex, i - 1);
    const fields = {};
    // Top-level fields only: "name"?: type; (a type may hold braces, e.g. a map).
    let level = 0, start = 0;
    for (let j = 0; j <= body.length; j++) {
      const c = body[j];
      if (c === "{" || c === "<" || c === "(") level++;
      else if (c === "}" || c === ">" || c === ")") level--;
      else if ((c === ";" || j === body.length) && level === 0) {
        const field = /^\s*"?([\w$-]+)"?\??\s*:\s*([\s\S]+)$/.exec(body.slice(start, j));
        if (field) fields[field[1]] = field[2].trim();
        start = j + 1;
      }
    }
    found.set(match[1], fields);
  }
  return found;
}

// Each file declares a short name (IStatefulSetSpec) and exports it under the qualified name the
// other files use (IIoK8sApiAppsV1StatefulSetSpec): index by the qualified names.
const interfaces = new Map();
for (const file of [...declarationFiles(models), ...declarationFiles(apimachinery)]) {
  const text = readFileSync(file, "utf8");
  const local = interfacesOf(text);
  for (const [, short, qualified] of text.matchAll(/(\w+) as (IIoK8s\w+)/g))
    if (local.has(short) && !interfaces.has(qualified)) interfaces.set(qualified, local.get(short));
}

function unknownFields(value, fields, path, out) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (!(key in fields)) { out.push(`${path}/${key} is not a field here (known: ${Object.keys(fields).join(", ")})`); continue; }
    checkType(child, fields[key], `${path}/${key}`, out);
  }
}

function checkType(value, type, path, out) {
  let m;
  if ((m = /^Array<(\w+)>$/.exec(type))) {
    if (Array.isArray(value)) value.forEach((item, i) => checkType(item, m[1], `${path}/${i}`, out));
  } else if ((m = /^\{\s*\[key: string\]:\s*(\w+);?\s*\}$/.exec(type))) {
    if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) checkType(v, m[1], `${path}/${k}`, out);
  } else if (interfaces.has(type)) {
    unknownFields(value, interfaces.get(type), path, out);
  }
}

// ---- the documents ------------------------------------------------------------------------------
async function modelFor(apiVersion, kind) {
  const module = `kubernetes-models/${apiVersion}`; // "v1" (core) or "group/version"
  let exports;
  try { exports = await import(module); } catch { return { error: `no schemas for apiVersion ${apiVersion}` }; }
  if (typeof exports[kind] !== "function") return { error: `no kind ${kind} in ${apiVersion}` };
  const declaration = join(models, apiVersion, `${kind}.d.ts`);
  const top = interfacesOf(readFileSync(declaration, "utf8")).get(`I${kind}`);
  return { Model: exports[kind], fields: top };
}

async function check(label, text) {
  const results = [];
  for (const [index, document] of parseAllDocuments(text).entries()) {
    const where = `${label}#${index + 1}`;
    if (document.errors.length) { results.push({ where, errors: document.errors.map((e) => e.message) }); continue; }
    const object = document.toJS();
    if (object === null || object === undefined) continue;
    const { apiVersion, kind } = object;
    const name = `${kind ?? "?"}/${object.metadata?.name ?? "?"}`;
    if (typeof apiVersion !== "string" || typeof kind !== "string") { results.push({ where, name, errors: ["apiVersion and kind are required"] }); continue; }
    if (apiVersion.startsWith("kustomize.config.k8s.io/")) { results.push({ where, name, skipped: "kustomization (kubectl kustomize checks it)" }); continue; }
    const { Model, fields, error } = await modelFor(apiVersion, kind);
    if (error) { results.push({ where, name, errors: [error] }); continue; }
    const errors = [];
    try { new Model(object).validate(); } catch (e) { errors.push(...String(e.message).split(/,\s*(?=data)/)); }
    if (fields) unknownFields(object, fields, "data", errors);
    results.push({ where, name, errors, object });
  }
  return results;
}

// The references between documents the schemas cannot see: names and labels must meet.
function crossReferences(objects) {
  const named = (kind, name) => objects.some((o) => o.kind === kind && o.metadata?.name === name);
  const errors = [];
  for (const set of objects.filter((o) => o.kind === "StatefulSet")) {
    const where = `StatefulSet/${set.metadata?.name}`;
    const pod = set.spec?.template?.spec ?? {};
    const labels = set.spec?.template?.metadata?.labels ?? {};
    const matches = (selector) => Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);
    const governing = objects.find((o) => o.kind === "Service" && o.metadata?.name === set.spec?.serviceName);
    if (!governing) errors.push(`${where}: serviceName ${set.spec?.serviceName} is no Service here`);
    else if (governing.spec?.clusterIP !== "None") errors.push(`${where}: its service ${governing.metadata.name} is not headless`);
    if (!matches(set.spec?.selector?.matchLabels)) errors.push(`${where}: the selector does not match the pod labels`);
    if (pod.serviceAccountName && !named("ServiceAccount", pod.serviceAccountName)) errors.push(`${where}: no ServiceAccount ${pod.serviceAccountName}`);
    const ports = new Set((pod.containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => p.name)));
    for (const service of objects.filter((o) => o.kind === "Service" && matches(o.spec?.selector)))
      for (const port of service.spec?.ports ?? [])
        if (typeof port.targetPort === "string" && !ports.has(port.targetPort)) errors.push(`Service/${service.metadata.name}: targetPort ${port.targetPort} is no container port of ${where}`);
    for (const volume of pod.volumes ?? [])
      if (volume.persistentVolumeClaim && !named("PersistentVolumeClaim", volume.persistentVolumeClaim.claimName)) errors.push(`${where}: no PersistentVolumeClaim ${volume.persistentVolumeClaim.claimName}`);
    for (const env of (pod.containers ?? []).flatMap((c) => c.env ?? []))
      if (env.valueFrom?.secretKeyRef) {
        const secret = objects.find((o) => o.kind === "Secret" && o.metadata?.name === env.valueFrom.secretKeyRef.name);
        // The real Secret is made by hand (never committed); only an example may be among the files.
        if (!secret) { if (objects.some((o) => o.kind === "Secret")) errors.push(`${where}: env ${env.name} refers to Secret ${env.valueFrom.secretKeyRef.name}, of which no example is given`); }
        else if (!(env.valueFrom.secretKeyRef.key in { ...secret.data, ...secret.stringData })) errors.push(`${where}: env ${env.name}: the Secret example has no key ${env.valueFrom.secretKeyRef.key}`);
      }
    for (const budget of objects.filter((o) => o.kind === "PodDisruptionBudget"))
      if (!matches(budget.spec?.selector?.matchLabels)) errors.push(`PodDisruptionBudget/${budget.metadata?.name}: does not select the pods of ${where}`);
  }
  for (const binding of objects.filter((o) => o.kind === "RoleBinding")) {
    if (!named(binding.roleRef?.kind, binding.roleRef?.name)) errors.push(`RoleBinding/${binding.metadata?.name}: no ${binding.roleRef?.kind} ${binding.roleRef?.name}`);
    for (const subject of binding.subjects ?? [])
      if (subject.kind === "ServiceAccount" && !named("ServiceAccount", subject.name)) errors.push(`RoleBinding/${binding.metadata?.name}: no ServiceAccount ${subject.name}`);
  }
  return errors;
}

function yamlFiles(path) {
  if (statSync(path).isDirectory())
    return readdirSync(path).sort().flatMap((name) => yamlFiles(join(path, name)));
  return /\.ya?ml$/.test(path) ? [path] : [];
}

const targets = process.argv.length > 2 ? process.argv.slice(2) : [resolve(here, "../../k8s")];
let failed = 0, checked = 0;
const objects = [];
for (const target of targets) {
  const inputs = target === "-" ? [["<stdin>", readFileSync(0, "utf8")]]
    : yamlFiles(target).map((file) => [relative(process.cwd(), file), readFileSync(file, "utf8")]);
  if (inputs.length === 0) { console.log(`ERROR ${target}: no YAML file`); failed++; }
  for (const [label, text] of inputs) {
    for (const result of await check(label, text)) {
      if (result.object) objects.push(result.object);
      if (result.skipped) { console.log(`skip  ${result.where} ${result.name}: ${result.skipped}`); continue; }
      checked++;
      if (result.errors.length === 0) { console.log(`OK    ${result.where} ${result.name}`); continue; }
      failed++;
      console.log(`ERROR ${result.where} ${result.name ?? ""}`);
      for (const error of result.errors) console.log(`        ${error}`);
    }
  }
}
const references = objects.some((o) => o.kind === "StatefulSet") ? crossReferences(objects) : [];
for (const error of references) console.log(`ERROR references: ${error}`);
if (objects.some((o) => o.kind === "StatefulSet") && references.length === 0) console.log("OK    references between the documents");
failed += references.length;
console.log(`${checked - (failed - references.length)} valid, ${failed} errors`);
process.exit(failed === 0 && checked > 0 ? 0 : 1);
