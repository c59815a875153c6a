// Placeholder until the page is built.
export default function ProjectWizardPage() {
  return null;
}
