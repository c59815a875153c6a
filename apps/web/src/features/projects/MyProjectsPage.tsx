// Placeholder until the page is built.
export default function MyProjectsPage() {
  return null;
}
