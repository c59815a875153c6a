// Placeholder until the page is built.
export default function ProjectPage() {
  return null;
}
